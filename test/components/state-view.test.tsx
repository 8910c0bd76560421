import { describe, expect, test, vi } from 'vitest';
import { StateView, type QuietState } from '../../components/StateView';
import { mount } from './mount';

describe('the popup without a check to show', () => {
  test.each<[QuietState, string, string, boolean]>([
    ['checking', 'Checking this article…', 'status', false],
    ['no-article', 'No article on this page', 'status', true],
    ['unsupported-language', 'Not an English article', 'status', true],
    ['restricted', 'Fine Print can’t read this page', 'status', false],
    ['error', 'The check didn’t finish', 'alert', true],
  ])('%s', (state, title, role, retry) => {
    const onRetry = vi.fn();
    const { root, click } = mount(<StateView state={state} reason="the page did not answer" onRetry={onRetry} />);
    const section = root.querySelector('[data-state]')!;
    expect(section.getAttribute('data-state')).toBe(state);
    expect(section.getAttribute('role')).toBe(role);
    expect(root.querySelector('h1')!.textContent).toBe(title);
    expect(root.textContent?.includes('The page did not answer')).toBe(state !== 'checking');
    const button = root.querySelector('button');
    expect(Boolean(button)).toBe(retry);
    if (button) {
      click(button);
      expect(onRetry).toHaveBeenCalled();
    }
  });
});
