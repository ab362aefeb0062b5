import { describe, expect, it, vi } from 'vitest';
import { h } from './dom';

describe('h', () => {
  it('adds text as text, never as markup', () => {
    const el = h('p', { className: 'x', hidden: false, 'data-a': 1 }, '<b>bold</b>', 3, null, ['a', 'b']);
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toBe('<b>bold</b>3ab');
    expect(el.className).toBe('x');
    expect(el.hasAttribute('hidden')).toBe(false);
    expect(el.getAttribute('data-a')).toBe('1');
  });

  it('wires event listeners from on* attributes', () => {
    const onClick = vi.fn();
    h('button', { onClick }).click();
    expect(onClick).toHaveBeenCalledOnce();
  });
});
