import type { ClaimNumber } from '../types';
import { normalizeText } from '../text/normalize';
import { STOPWORDS } from '../text/stopwords';
import { CURRENCIES, DOWN_WORDS, SCALES, SMALL_NUMBERS, UP_WORDS } from './number-words';

/** A number found in a text, with where it sits and how the text qualifies it. */
export interface NumberMention extends ClaimNumber {
  start: number;
  end: number;
  /** "up to 400" -> upper; "more than 400" -> lower; "about 400" -> approx. */
  qualifier: 'upper' | 'lower' | 'approx' | 'best' | null;
}

const NUMBER_WORD = Object.keys(SMALL_NUMBERS).join('|');
const SCALE_WORD = Object.keys(SCALES).join('|');
// "$12 million", "US$ 3.5bn", "400 jobs", "50%", "2.5 percentage points", "three people", "a dozen"
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(?<cur>US\$|\$|£|€|¥)?\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${NUMBER_WORD})(?:[ -](?:${NUMBER_WORD}))?)` +
    String.raw`(?:\s?(?<scale>${SCALE_WORD})\b)?(?<pct>\s?%|\s(?:percent|per cent)\b|\s(?:percentage points?|points?)\b)?` +
    String.raw`(?![\p{L}\p{N}/]|[.,]\d)`,
  'giu',
);
// "up to", "as many as", "as much as", "at most", "no more than"
const UPPER = /(?:up to|as (?:many|much|high) as|at most|no more than|a maximum of|could reach|could be|may be|might be)\s*$/i;
// "as little as 20 minutes", "as few as": the best case, the least it could be
const BEST = /(?:as (?:little|few|low|short|fast|quickly|cheap|cheaply|soon) as)\s*$/i;
// "more than", "over", "at least", "nearly" (headline rounds up from "nearly")
const LOWER = /(?:more than|over|at least|upwards of|in excess of|exceeding|above)\s*$/i;
const APPROX = /(?:about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|close to|just under|just over|~)\s*$/i;

/** Every number in a text, with its unit, value and direction. Years and ordinals are left out. */
export function findNumbers(text: string): NumberMention[] {
  const folded = normalizeText(text);
  const out: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m; m = NUMBER.exec(folded)) {
    const g = m.groups!;
    const raw = g.num!;
    const base = parseNumber(raw);
    if (base === null) continue;
    const isWord = /^[a-z]/i.test(raw);
    // "a dozen" alone is not a figure worth checking; "one" is mostly a pronoun
    if (isWord && (raw.toLowerCase() === 'one' || raw.toLowerCase() === 'half') && !g.scale) continue;
    const scale = g.scale ? SCALES[g.scale.toLowerCase()]! : 1;
    // "m"/"b"/"k" only count as scales right after currency: "$5m", not "5 m"
    if (g.scale && g.scale.length === 1 && !g.cur) continue;
    const after = folded.slice(m.index + m[0].length);
    const before = folded.slice(0, m.index);
    let unit = unitOf(g.cur, g.pct, after);
    if (!unit && !g.cur && !g.pct && !g.scale && isYearOrTime(raw, after, before)) continue;
    const value = base * scale;
    if (unit && CURRENCIES[unit.toLowerCase()] && !g.cur) unit = CURRENCIES[unit.toLowerCase()]!;
    const end = m.index + m[0].length + unitSuffix(g.cur, g.pct, unit, after).length;
    const qualifier = UPPER.test(before) ? 'upper' : BEST.test(before) ? 'best' : LOWER.test(before) ? 'lower' : APPROX.test(before) ? 'approx' : null;
    out.push({
      text: folded.slice(m.index, end).trim(),
      value,
      unit,
      direction: directionNear(before.replace(UPPER, '').replace(LOWER, ''), after),
      start: m.index,
      end,
      qualifier,
    });
  }
  return out;
}

function parseNumber(raw: string): number | null {
  if (/^\d/.test(raw)) return Number(raw.replace(/,/g, ''));
  let total = 0;
  for (const part of raw.toLowerCase().split(/[ -]/)) {
    const v = SMALL_NUMBERS[part];
    if (v === undefined) return null;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}

// "400 jobs" -> jobs; "$12 million" -> USD; "50%" -> %; "3 percentage points" -> points
function unitOf(cur: string | undefined, pct: string | undefined, after: string): string | null {
  if (cur) return CURRENCIES[cur.toLowerCase()] ?? 'USD';
  if (pct) return /point/i.test(pct) ? 'points' : '%';
  const next = after.match(/^\s+(?:(?:[a-z]+-)?[a-z]+\s+)?([a-z][a-z-]+)/i);
  const word = after.match(/^\s+([a-z][a-z-]*)/i)?.[1]?.toLowerCase();
  if (!word || STOPWORDS.has(word)) return null;
  if (/^(years?-old|year-old)$/.test(word)) return 'years old';
  if (CURRENCIES[word]) return CURRENCIES[word]!;
  // "400 more jobs", "3 new cases": skip one adjective
  if (/^(more|new|additional|extra|other|fewer|less)$/.test(word) && next) return next[1]!.toLowerCase();
  return word;
}

function unitSuffix(cur: string | undefined, pct: string | undefined, unit: string | null, after: string): string {
  if (cur || pct || !unit || /^[A-Z]{3}$/.test(unit)) return '';
  const m = after.match(/^\s+(?:(?:more|new|additional|extra|other|fewer|less)\s+)?[a-z][a-z-]*/i);
  return m ? m[0] : '';
}

// "in 2016", "at 9 a.m.", "9/11": dates and times are not figures
function isYearOrTime(raw: string, after: string, before: string): boolean {
  if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100) return true;
  if (/^\s?(a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i.test(after)) return true;
  return /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i.test(before);
}

// "sales fall 50%" (before) or "a 50% drop" (after) -> down
function directionNear(before: string, after: string): 'up' | 'down' | null {
  const prev = before.toLowerCase().match(/[a-z]+/g)?.slice(-4).reverse() ?? [];
  for (const w of prev) {
    if (DOWN_WORDS.test(w)) return 'down';
    if (UP_WORDS.test(w)) return 'up';
  }
  const next = after.toLowerCase().match(/[a-z]+/g)?.slice(0, 2) ?? [];
  for (const w of next) {
    if (DOWN_WORDS.test(w)) return 'down';
    if (UP_WORDS.test(w)) return 'up';
  }
  return null;
}
