import { h } from './dom';
import { setTitle } from './layout';

export function renderNotFound(main: HTMLElement): void {
  setTitle('Page not found');
  main.append(
    h('h1', {}, 'Page not found'),
    h('p', {}, 'If you typed the web address, check it is correct.'),
    h('p', {}, h('a', { href: '/' }, 'Go to your networks')),
  );
}
