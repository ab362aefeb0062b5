import './styles/main.scss';
import { startApp } from './app';
import { watchComponents } from './core/nhsComponents';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
watchComponents();
startApp();
