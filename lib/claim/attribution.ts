/** Who a headline itself attributes its claim to, and the claim with that attribution removed. */
export interface HeadlineAttribution {
  /** "Trump", "study", "report"; null when the headline asserts the claim itself. */
  source: string | null;
  /** The claim the source makes ("he'll reverse new North Korea sanctions"). */
  claim: string;
  /** A lead-in set before a colon ("That Was Fast" in "That Was Fast: Bale Bails on Biopic"). */
  lead: string | null;
}

const SPEECH_VERBS =
  'says|said|say|claims|claimed|warns|warned|insists|insisted|admits|admitted|announces|announced|confirms|confirmed|' +
  'reveals|revealed|reports|reported|finds|found|shows|showed|suggests|suggested|thinks|believes|tells|told|tweets|tweeted|' +
  'argues|argued|predicts|predicted|vows|vowed|promises|promised|alleges|alleged|declares|declared|hints|hinted';

// "Exclusive:", "WATCH:" are labels, not sources
const LABEL = /^(exclusive|breaking|watch|video|update|updated|analysis|opinion|live|photos?|explainer|fact check|poll)\s*[:|-]\s*/i;
// "Report: Apple to buy Beats" -> report
const SOURCE_PREFIX = /^(report|reports|sources?|study|poll|survey|police|officials?|experts?)\s*:\s*(.+)$/i;
// "Apple to buy Beats: report", "... - sources"
const SOURCE_SUFFIX = /^(.+?)\s*[:|-]\s*(report|reports|sources?|study|poll|survey|police|officials?|media|witnesses)$/i;
// "Obama: 'We don't have a strategy yet'"
const SPEAKER_QUOTE = /^((?:\p{Lu}[\p{L}.'-]*\s?){1,4}):\s*(["'].+)$/u;
// "..., according to a new study" / "According to X, ..."
const ACCORDING_END = /^(.+?),?\s+according to\s+(.+)$/i;
const ACCORDING_START = /^according to\s+([^,]+),\s*(.+)$/i;
// "North Korea is bluffing, says expert"
const SAYS_END = new RegExp(String.raw`^(.+?),\s*(?:${SPEECH_VERBS})\s+((?:[\w.'&-]+\s?){1,5})$`, 'i');
// "Google buys Nest, sources say"
const END_SAYS = new RegExp(String.raw`^(.+?),\s*((?:[\w.'&-]+\s){1,5})(?:${SPEECH_VERBS})$`, 'i');
// "he'll reverse ..." after "says" is the claim, not the source
const PRONOUN_START = /^(he|she|it|they|we|i|you|this|that)\b/i;
// "North Korea is bluffing" before "says" is a claim, not a source
const FINITE = /\b(is|are|was|were|has|have|had|will|won't|can|could|may|might|would|should)\b/i;
// "Trump, parting with Treasury, says he'll reverse ...", "Study finds coffee cuts risk"
// (not "Sportback revealed as a coupe", "found in a cave": the passive names no source)
const SAYS_START = new RegExp(String.raw`^(.{2,80}?)\s+(?:${SPEECH_VERBS})(?!\s+(?:as|by|in|at|on|to|for|with|after|during)\b)(?:\s+that)?[\s:,]+(.+)$`, 'i');
// "Macaulay Culkin Dead: Actor Victim Of Death Hoax": the claim follows the colon
const LEAD_IN = /^((?:[^\s:]+\s){0,4}[^\s:]+):\s+(.+)$/;
// "Man who says he was abducted" is a description, not an attribution
const RELATIVE_BEFORE = /\b(who|that|which|whom)$/i;

export function readAttribution(headline: string): HeadlineAttribution {
  const text = headline.replace(LABEL, '').trim();
  let m = text.match(SOURCE_PREFIX);
  if (m) return { source: m[1]!, claim: m[2]!, lead: null };
  m = text.match(SPEAKER_QUOTE);
  if (m) return { source: m[1]!.trim(), claim: m[2]!, lead: null };
  m = text.match(ACCORDING_START);
  if (m) return { source: m[1]!.trim(), claim: m[2]!, lead: null };
  m = text.match(ACCORDING_END);
  if (m) return { source: m[2]!.trim(), claim: m[1]!, lead: null };
  m = text.match(SOURCE_SUFFIX);
  if (m) return { source: m[2]!, claim: m[1]!, lead: null };
  m = text.match(END_SAYS) ?? text.match(SAYS_END);
  if (m && !PRONOUN_START.test(m[2]!)) return { source: m[2]!.trim(), claim: m[1]!, lead: null };
  m = text.match(SAYS_START);
  if (m && !RELATIVE_BEFORE.test(m[1]!) && !FINITE.test(stripAppositive(m[1]!)) && wordCount(stripAppositive(m[1]!)) <= 6) {
    return { source: stripAppositive(m[1]!), claim: m[2]!, lead: null };
  }
  m = text.match(LEAD_IN);
  if (m && wordCount(m[2]!) >= 3) return { source: null, claim: m[2]!, lead: m[1]! };
  return { source: null, claim: text, lead: null };
}

/** "Trump, parting with Treasury," -> "Trump" */
export function stripAppositive(phrase: string): string {
  return phrase.replace(/,[^,]*,/g, '').replace(/,.*$/, '').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
