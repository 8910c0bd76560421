import { describe, expect, test, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '../../components/OptionsView';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { mount } from './mount';

const props = (over: Partial<OptionsViewProps> = {}): OptionsViewProps => ({
  settings: DEFAULT_SETTINGS,
  history: [
    { url: 'https://news.example/a', headline: 'Mayor closes bridge', verdict: 'qualified', checkedAt: '2026-11-28T03:00:00Z', notes: [] },
    { url: 'javascript:alert(1)', headline: '<b>odd</b>', verdict: 'supported', checkedAt: '2026-11-28T02:00:00Z', notes: [] },
  ],
  status: '',
  onKindShown: vi.fn(),
  onColor: vi.fn(),
  onResetColors: vi.fn(),
  onClearHistory: vi.fn(),
  ...over,
});

describe('the options page', () => {
  test('lists every kind with a labelled switch and colour', () => {
    const { root } = mount(<OptionsView {...props()} />);
    const rows = root.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(9);
    const hedge = root.querySelector('tr[data-kind="hedge"]')!;
    expect(hedge.querySelector('input[type="checkbox"]')!.getAttribute('aria-labelledby')).toBe('kind-hedge');
    expect(hedge.querySelector('input[type="color"]')!.getAttribute('aria-label')).toBe('Highlight colour for Hedged');
  });

  test('lists checked articles; only web addresses become links', () => {
    const { root } = mount(<OptionsView {...props()} />);
    const links = [...root.querySelectorAll('.history a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://news.example/a', null]);
    expect(links[1].textContent).toBe('<b>odd</b>');
    expect(root.querySelector('.history b')).toBeNull();
  });

  test('clearing the list calls back; an empty list says so', () => {
    const onClearHistory = vi.fn();
    const { root, click } = mount(<OptionsView {...props({ onClearHistory })} />);
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Clear the list')!);
    expect(onClearHistory).toHaveBeenCalled();
    const empty = mount(<OptionsView {...props({ history: [] })} />);
    expect(empty.root.textContent).toContain('No articles checked yet.');
  });
});
