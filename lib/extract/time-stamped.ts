import { words } from './text';

/** Time zones a live update is stamped in: "PT", "EST", "GMT". Without one, "10 p.m. — The polls closed" is story. */
const ZONE = String.raw`(?:[ECMP][SD]?T|AK[SD]?T|H[SD]?T|GMT|UTC|BST|CES?T|AE[SD]T|IST)`;
/** "12:00 PM PT -- Sheriff's deputies were at…", "3:45 p.m. ET: The mayor…", "4:05 PM EST — …" */
const TIME_STAMP = new RegExp(String.raw`^\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*${ZONE}\b\s*(?:--|[—–:-])\s*`, 'i');
/** Words an update needs after its stamp: "9:30 a.m. ET: Doors open" is a schedule's line. */
const MIN_WORDS = 5;

function isTimeStamped(text: string): boolean {
  const stamp = TIME_STAMP.exec(text);
  return !!stamp && words(text.slice(stamp[0].length)).length >= MIN_WORDS;
}

/**
 * The paragraphs that are time-stamped updates placed before or after the story, as TMZ and others
 * print them, with where each sits: the runs of stamped paragraphs that open or close it. A story
 * stamped throughout, or mostly stamped, is a live blog whose entries are its story: none are taken.
 */
export function timeStampedUpdates(texts: string[]): Map<number, 'top' | 'bottom'> {
  const stamped = texts.map(isTimeStamped);
  let top = 0;
  while (top < texts.length && stamped[top]) top++;
  let bottom = texts.length;
  while (bottom > top && stamped[bottom - 1]) bottom--;
  const updates = new Map<number, 'top' | 'bottom'>();
  if (stamped.slice(top, bottom).some(Boolean) || (top + texts.length - bottom) * 2 >= texts.length) return updates;
  for (let i = 0; i < texts.length; i++) if (i < top || i >= bottom) updates.set(i, i < top ? 'top' : 'bottom');
  return updates;
}
