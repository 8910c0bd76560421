const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// "7:45 PM", "7:45 p.m.", "11 a.m."
const TIME = /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?/i;
// "March 22, 2019" / "March 22"
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`, 'i');
// "22 March 2019"
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}(?:,?\s+(\d{4}))?`, 'i');
// "2019-03-22"
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
// "3/22/2019" and "UPDATE 5/5:" (US order, as news pages in English write it)
const SLASHED = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/;

/**
 * What may stand before a note's date: its label and a time. "Correction (", "Updated 7:45 PM ET, ",
 * "This article was amended on ", "A correction was made on "; a date later in a sentence is about the story, not the note.
 */
const BEFORE_DATE = /^[\s\W]*(?:(?:updated?|corrections?|clarifications?|editor[’']?s['’]? note|editors['’]? note|retraction|note|posted|published|this (?:article|story|post|report|piece) (?:was|has been) (?:amended|updated|corrected|changed|revised)|an? (?:correction|clarification|update) (?:was|has been) (?:made|appended|added))(?:\s+(?:on|at))?)?[\s\W]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b)?[\s,]*)?(?:[a-z]{3,9}day,?\s*)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date a note's text gives: "Updated 7:45 PM ET, March 22, 2019" -> "2019-03-22T19:45".
 * Without a year the page's own year (from its publication date) is used when known,
 * else the date is returned as the page wrote it ("March 22").
 */
export function dateIn(text: string, pageDate?: string | null): string | null {
  const head = text.slice(0, 200);
  let year: string | undefined;
  let month = 0;
  let day = 0;
  let written = '';
  const labelled = (m: RegExpExecArray | null) => (m && BEFORE_DATE.test(head.slice(0, m.index)) ? m : null);
  const iso = labelled(ISO.exec(head));
  const md = labelled(MONTH_DAY.exec(head));
  const dm = labelled(DAY_MONTH.exec(head));
  const sl = labelled(SLASHED.exec(head));
  if (iso) {
    if (iso[4]) return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}`;
    return `${iso[1]}-${iso[2]}-${iso[3]}`;
  } else if (md && Number(md[2]) <= 31 && !(dm && dm.index < md.index)) {
    [written, month, day, year] = [md[0], MONTHS.indexOf(md[1].slice(0, 3).toLowerCase()) + 1, Number(md[2]), md[3]];
  } else if (dm && Number(dm[1]) <= 31) {
    [written, month, day, year] = [dm[0], MONTHS.indexOf(dm[2].slice(0, 3).toLowerCase()) + 1, Number(dm[1]), dm[3]];
  } else if (sl) {
    [written, month, day, year] = [sl[0], Number(sl[1]), Number(sl[2]), sl[3]];
  } else return null;
  year ??= /^\d{4}/.exec(pageDate ?? '')?.[0];
  if (!year || month < 1 || month > 12 || day < 1) return written.trim();
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = TIME.exec(head);
  if (!time) return date;
  const hour = (Number(time[1]) % 12) + (time[3].toLowerCase() === 'p' ? 12 : 0);
  return `${date}T${pad(hour)}:${time[2] ?? '00'}`;
}
