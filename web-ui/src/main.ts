import './styles/main.scss';
import { startApp } from './app';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
startApp();
