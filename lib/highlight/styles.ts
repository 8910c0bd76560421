import type { FindingKind } from '../types';

export const HIGHLIGHT_PREFIX = 'fine-print-';
export const FLASH_NAME = 'fine-print-flash';
export const FLASH_COLOR = '#ffb300';

/** The ::highlight() rules for each kind's colour; page text keeps a dark ink for contrast. */
export function highlightCss(colors: Partial<Record<FindingKind, string>>): string {
  const rules = Object.entries(colors).map(
    ([kind, color]) => `::highlight(${HIGHLIGHT_PREFIX}${kind}){background-color:${safeColor(color)};color:#1b1b1b}`,
  );
  rules.push(`::highlight(${FLASH_NAME}){background-color:${FLASH_COLOR};color:#000}`);
  return rules.join('\n');
}

/** Colours come from settings, but are still checked before they enter a stylesheet. */
export function safeColor(color: string | undefined): string {
  return color && /^#[0-9a-f]{3,8}$/i.test(color) ? color : '#f3e38d';
}
