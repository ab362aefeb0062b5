import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { radiosField } from './components/radios';
import { showErrorSummary } from './components/errorSummary';
import { h } from './dom';
import { watchComponents } from './nhsComponents';
import { mountMain, settle } from './testing/page';

describe('the design system’s JavaScript', () => {
  let observer: MutationObserver;
  beforeEach(() => {
    document.body.classList.add('nhsuk-frontend-supported');
    observer = watchComponents();
  });
  afterEach(() => observer.disconnect());

  it('reveals a radio’s conditional content when it is chosen, and when the page sets it', async () => {
    const main = mountMain();
    const reason = h('p', {}, 'Why?');
    const field = radiosField({
      id: 'change',
      legend: 'What changed?',
      items: [
        { value: 'a', text: 'A' },
        { value: 'b', text: 'B', conditional: reason },
      ],
    });
    main.append(field.group);
    await settle(1);
    const box = reason.parentElement!;
    expect(box.classList.contains('nhsuk-radios__conditional--hidden')).toBe(true);
    field.inputs[1]!.click();
    expect(box.classList.contains('nhsuk-radios__conditional--hidden')).toBe(false);
    expect(field.inputs[1]!.getAttribute('aria-expanded')).toBe('true');
    field.setValue('a');
    expect(box.classList.contains('nhsuk-radios__conditional--hidden')).toBe(true);
  });

  it('focuses an error summary when it is shown', async () => {
    const main = mountMain();
    const slot = h('div');
    main.append(slot);
    const summary = showErrorSummary(slot, { items: [{ text: 'Enter a name', targetId: 'name' }] });
    await settle(1);
    expect(document.activeElement).toBe(summary);
  });
});
