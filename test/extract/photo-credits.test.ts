import { describe, expect, test } from 'vitest';
import { withoutPhotoCredit } from '../../lib/extract/photo-credits';

describe('photo-credits: a lead photo credit on the story text', () => {
  test.each([
    ['WASHINGTON (AP) — Photo: Jane Doe/Getty Images The Senate voted 63-35 on Thursday.', 'WASHINGTON (AP) — The Senate voted 63-35 on Thursday.'],
    ['Photograph: John Smith/Reuters LONDON — The Senate voted.', 'LONDON — The Senate voted.'],
    ['Photograph: John Smith/The Ledger LONDON — The Senate voted.', 'LONDON — The Senate voted.'],
    ['(Photo by Jane Doe/AFP via Getty Images) The Senate voted.', 'The Senate voted.'],
    ['Credit: Jane Doe/Getty Images The Senate voted.', 'The Senate voted.'],
    ['The Senate voted 63-35 on Thursday. Credit: Jane Doe for The New York Times', 'The Senate voted 63-35 on Thursday.'],
    ['The Senate voted on Thursday (AP Photo/Susan Walsh)', 'The Senate voted on Thursday'],
    // a credit line standing alone
    ['Photo by Jane Doe/AFP via Getty Images', ''],
    ['(Photo by Jane Doe/AFP via Getty Images)', ''],
    ['Jane Doe/Getty Images', ''],
    ['AFP via Getty Images', ''],
    ['Credit...Jane Doe for The New York Times', ''],
  ])('%s -> %s', (text, expected) => {
    expect(withoutPhotoCredit(text)).toBe(expected);
  });

  test.each([
    // near misses: datelines, wire credits of the story itself, and prose about photos
    'WASHINGTON (AP) — The Senate voted 63-35 on Thursday.',
    'LONDON (Reuters) - Shares fell on Monday.',
    'The photo by Jane Doe/Getty Images won a prize last year.',
    'Apple unveiled a phone. Photos by the agency show the damage.',
    'The agency said the photo was taken by a Reuters photographer in Kyiv.',
    'Photo: Apple unveils its new phone with a wider screen.',
    'Images of the flood spread online, and by Monday the mayor had seen them.',
    'The AP reported that the vote was 63-35.',
  ])('story text stays: %s', (text) => {
    expect(withoutPhotoCredit(text)).toBe(text);
  });
});
