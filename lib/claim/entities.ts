import { type Doc, LEXICON } from '../nlp/load';
import { STOPWORDS } from '../text/stopwords';
import { isOrdinaryWord } from './case';

export interface Entities {
  people: string[];
  places: string[];
  organizations: string[];
}

// "Treasury Department", "Bank of England", "FBI"
const ORG_WORD =
  /\b(department|ministry|agency|council|party|bank|university|college|institute|company|corp|corporation|inc|group|association|commission|committee|court|army|police|office|foundation|union|authority|board|bureau|service|news|times|post|journal|network|club|federation|fund|organi[sz]ation|government|administration|treasury|pentagon|congress|senate|parliament|state|islamic)\b/i;
// "President Obama", "Mr. Trump"
const TITLE_BEFORE = /\b(mr|mrs|ms|dr|president|prime minister|pm|senator|sen|rep|gov|governor|mayor|king|queen|prince|princess|pope|chancellor|minister|secretary|chairman|ceo|judge|actor|actress|singer|rapper|star)\.?\s*$/i;

// "Trump, parting with Treasury, says", "Smith tweets": a name that speaks is a person's
const SPEAKS_AFTER = /^:\s*["']|^(?:['\u2019]s)?(?:,[^,]*,)?\s+(?:says|said|tweets|tweeted|tells|told|admits|denies|claims|insists|vows|slams|blasts|reveals|wants|thinks|believes)\b/i;

/**
 * People, places and organisations, from compromise's topics and, for capitalised names it does
 * not know, from the words around them: a title before it or a speech verb after it (a person),
 * an institution word, all capitals or a single word (an organisation), otherwise a person.
 */
export function readEntities(doc: Doc, text: string, casedText: string): Entities {
  const people = clean(doc.people().out('array'));
  const places = clean(doc.places().out('array'));
  const organizations = clean(doc.organizations().out('array'));
  const known = [...people, ...places, ...organizations].map((s) => s.toLowerCase());
  for (const name of properNames(casedText)) {
    const lower = name.toLowerCase();
    if (known.some((k) => k.includes(lower) || lower.includes(k))) continue;
    const at = text.indexOf(name);
    const before = at > 0 ? text.slice(0, at) : '';
    if (TITLE_BEFORE.test(before) || SPEAKS_AFTER.test(text.slice(at + name.length))) people.push(name);
    else if (ORG_WORD.test(name) || /^[A-Z.]{2,}$/.test(name) || !/\s/.test(name)) organizations.push(name);
    else people.push(name);
    known.push(lower);
  }
  // "Unemployment falls" is no place: a name as written has no lower-case word but "of", "de"
  const asWritten = (list: string[]) =>
    dedupe(list.map((name) => writtenForm(name, text)).filter((name) => !/\s(?!(?:of|de|al|la|the|and|von|van|der|du|bin)\b)\p{Ll}/u.test(name)));
  return { people: asWritten(people), places: asWritten(places), organizations: asWritten(organizations) };
}

// "Trump", "Kim Jong Un", "Treasury Department": runs of capitalised words; a capitalised
// dictionary word opening the headline ("Man", "Police") is not a name
const CAPITALISED_RUN = /(?<![\p{L}'])\p{Lu}[\p{L}'.&-]*(?:\s+(?:of\s+|de\s+|al-)?\p{Lu}[\p{L}'.&-]*)*/gu;

function properNames(casedText: string): string[] {
  const out: string[] = [];
  for (const m of casedText.matchAll(CAPITALISED_RUN)) {
    let name = m[0].replace(/['\u2019]s$/, '').replace(/[,.:;!?"]+$/, '');
    const opensSentence = m.index === 0 || /[:.?!]\s*["']?\s*$/.test(casedText.slice(0, m.index));
    if (opensSentence) {
      const [first, ...rest] = name.split(/\s+/);
      if (isOrdinaryWord(first!.toLowerCase()) || STOPWORDS.has(first!.toLowerCase())) name = rest.join(' ');
    }
    if (name.length > 1 && !STOPWORDS.has(name.toLowerCase()) && LEXICON[name.toLowerCase()] !== 'Demonym') out.push(name);
  }
  return out;
}

// "north Korea" found in the case-folded headline -> "North Korea" as the headline writes it
function writtenForm(name: string, text: string): string {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? name : text.slice(at, at + name.length);
}

function clean(list: string[]): string[] {
  return list
    .flatMap((s) => s.split(/,\s*|\s+and\s+/))
    .map((s) => s.replace(/['\u2019]s$/, '').replace(/^(the|a|an)\s+/i, '').replace(/[,.:;!?"']+$/, '').trim())
    .filter((s) => s.length > 1);
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = s.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
