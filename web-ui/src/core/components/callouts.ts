// NHS warning callout, notification banner and inset text.

import { h, visuallyHidden, type Child } from '../dom';

export function warningCallout(heading: string, ...body: Child[]): HTMLElement {
  return h(
    'div',
    { className: 'nhsuk-card nhsuk-card--warning', 'data-testid': 'warning-callout' },
    h(
      'div',
      { className: 'nhsuk-card__content' },
      h(
        'h2',
        { className: 'nhsuk-card__heading' },
        h('span', { role: 'text' }, visuallyHidden('Important: '), heading),
      ),
      body,
    ),
  );
}

export function notificationBanner(
  o: { title: string; heading: string; success?: boolean; testId?: string },
  ...body: Child[]
): HTMLElement {
  const titleId = `${o.testId ?? 'notification'}-title`;
  return h(
    'div',
    {
      className: `nhsuk-notification-banner${o.success ? ' nhsuk-notification-banner--success' : ''}`,
      role: o.success ? 'alert' : 'region',
      'aria-labelledby': titleId,
      'data-testid': o.testId,
    },
    h(
      'div',
      { className: 'nhsuk-notification-banner__header' },
      h('h2', { className: 'nhsuk-notification-banner__title', id: titleId }, o.title),
    ),
    h(
      'div',
      { className: 'nhsuk-notification-banner__content' },
      h('p', { className: 'nhsuk-notification-banner__heading' }, o.heading),
      body,
    ),
  );
}

export function insetText(...body: Child[]): HTMLElement {
  return h('div', { className: 'nhsuk-inset-text' }, visuallyHidden('Information: '), body);
}
