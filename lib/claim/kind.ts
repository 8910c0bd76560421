import type { HeadlineKind, PageGenre } from '../types';

/** What kind of headline it is, and in plain words why when it claims nothing. */
export interface KindReading {
  kind: HeadlineKind;
  /** "a list title, not a claim"; null for a checkable claim. */
  reason: string | null;
}

/** A headline form that claims nothing, and how a reader is told so. */
interface NoClaimForm {
  pattern: RegExp;
  reason: string;
}

const NUMBER_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|twenty-five|thirty|forty|fifty|100)';
const LIST_NOUN =
  '(?:best|worst|top|greatest|biggest|coolest|most|essential|secrets?|things|ways|reasons|tips|tricks|signs|facts|questions|lessons|mistakes|movies|films|books|songs|albums|shows|games|apps|places|destinations|foods|recipes|gifts|deals|products|gadgets|habits|rules|steps|myths|ideas|photos|pictures|moments|quotes)';

const NO_CLAIM_FORMS: NoClaimForm[] = [
  // "Daily Deals: More Black Friday Deals Are Live", "Save $50 on AirPods" -> a deals post
  { pattern: /^(?:daily |today's |today’s |the best |best |top |weekend |holiday )?deals?\b|\bdeals? (?:are live|of the day|roundup|alert)\b|\bblack friday deals?\b|\bcyber monday deals?\b|^save \$?\d/i, reason: 'a deals post, not a claim' },
  // "The 21 best movies of 2017", "These are the 8 coolest PlayStation VR games" -> a list title
  { pattern: new RegExp(`^(?:the |these are the |here are the |our )?${NUMBER_WORD} (?:of the )?(?:[\\w'’-]+ ){0,2}${LIST_NOUN}\\b`, 'i'), reason: 'a list title, not a claim' },
  // "Best gadgets of 2019" -> a list title
  { pattern: /^(?:the )?(?:best|top|worst) [\w'’ -]{2,40} (?:of|in|for) (?:the year|(?:19|20)\d\d)\b/i, reason: 'a list title, not a claim' },
  // "How to fix a leaky tap", "A beginner's guide to sourdough" -> a how-to
  { pattern: /^how to\b|^(?:a |the |your )?(?:beginner'?s'? |complete |ultimate |quick |essential )?guide (?:to|for)\b|: what (?:they|it) (?:is|are) and how\b|^what (?:is|are) [\w -]+ and how\b/i, reason: 'a how-to or guide, not a claim' },
  // "Spiced honey pear jam recipe", "Recipe: lemon cake" -> a recipe
  { pattern: /\brecipes?\b(?! for)|\brecipe for (?:the )?(?:best|perfect|easy|quick|homemade|classic)\b/i, reason: 'a recipe, not a claim' },
  // "Opening Bell 11.18.19", "Morning Briefing: Nov. 5" -> a regular column's label
  { pattern: /^(?:opening bell|closing bell|morning (?:briefing|report|digest|memo)|evening (?:briefing|report)|daily (?:briefing|digest)|week(?:ly)? (?:in review|roundup|recap)|weekend reads|newsletter|podcast|quiz|crossword|horoscopes?|today in history)\b[\s:,-]*(?:[\d./ -]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?\s*$/i, reason: 'a regular column’s label, not a claim' },
  // "2018 Boys State Swim Results", "Election results" -> a results table
  { pattern: /\b(?:results|standings|scores|schedule|fixtures|line-?ups?)\s*$/i, reason: 'a results or schedule page, not a claim' },
  // "Bike & Style book with soundtrack review" -> a review's title with no verdict in it
  { pattern: /^[^:|]{2,80}\breview\s*$/i, reason: 'a review’s title, not a claim' },
];

// "Xbox One X review: a console that keeps up with gaming PCs" -> a review with its verdict
const REVIEW = /\breview\s*[:|–—-]|^review\b/i;
// "Opinion: …", "Commentary |" -> the writer's own judgement
const OPINION = /^(?:opinion|commentary|column|editorial|analysis|viewpoint|perspective|letters?)\s*[:|–—-]/i;

const GENRE_REASON: Partial<Record<PageGenre, string>> = {
  'how-to': 'a how-to or guide, not a claim',
  recipe: 'a recipe, not a claim',
  list: 'a list, not a claim',
};

/**
 * What kind of headline it is, from its form alone. `verbless`: the headline has no verb
 * outside quotation marks.
 */
export function readKind(headline: string, options: { question: boolean; verbless: boolean }): KindReading {
  const text = headline.replace(/\s+/g, ' ').trim();
  const form = NO_CLAIM_FORMS.find((f) => f.pattern.test(text));
  if (form) return { kind: 'no-claim', reason: form.reason };
  // "Hiking the Boulder Flat Irons", "The 'birth lottery' and economic mobility" -> a label
  if (options.verbless && !options.question && !CLAIM_WITHOUT_VERB.test(text)) return { kind: 'no-claim', reason: 'a label or title, not a claim' };
  if (REVIEW.test(text)) return { kind: 'review', reason: null };
  if (OPINION.test(text)) return { kind: 'opinion', reason: null };
  if (options.question) return { kind: 'question', reason: null };
  return { kind: 'claim', reason: null };
}

/**
 * The headline's kind once the page has said what it is: a recipe or how-to page claims
 * nothing whatever its headline; an opinion or review page makes its headline the writer's own.
 */
export function kindOnPage(reading: KindReading, genre: PageGenre | null | undefined): KindReading {
  if (!genre || reading.kind === 'no-claim') return reading;
  const reason = GENRE_REASON[genre];
  if (reason) return { kind: 'no-claim', reason };
  if ((genre === 'opinion' || genre === 'review') && (reading.kind === 'claim' || reading.kind === 'question')) return { kind: genre, reason: null };
  return reading;
}

// "Three dead in Paris shooting", "World's oldest burger", "Culkin victim of another death hoax":
// a verbless headline can still claim
const CLAIM_WITHOUT_VERB =
  /\d|\b(?:dead|killed|injured|wounded|missing|arrested|charged|jailed|fined|banned|stolen|confirmed|denied|guilty|wins?|loses?|up|down|over|vs\.?|versus|after|amid|despite|against|hoax|fake|bogus|first|last|record|\w{3,}est)\b/i;

/*
 Built from headlines such as:
 - Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controller -> a deals post
 - The seven secrets that hotel owners don't want you to know -> a list title
 - Opening Bell 11.18.19 -> a regular column's label
 - Superbugs: What They Are and How You Get Them -> a guide
 - Xbox One X review: A console that keeps up with gaming PCs -> a review
 Near misses: "The Latest: Man stabbed to death on San Francisco Bay train" (a claim after the
 label); "Three dead in Paris shooting" (a claim without a verb); "Seven killed in bus crash"
 (a number, but news); "How the brain turns information into thought" (a question of fact).
*/
