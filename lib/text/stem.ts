/**
 * A light English stemmer: folds plurals, -ing and -ed so "sanctions" meets "sanction" and
 * "reversed" meets "reverse". Deliberately shallow (no Porter steps) so stems stay readable.
 */

const KEEP_S = /(ss|us|is|ous|ics|ws)$/;

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  // "companies" -> "company"
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  // "taxes" -> "tax", "crashes" -> "crash"
  else if (/(x|ch|sh|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  // "sanctions" -> "sanction"
  else if (w.endsWith('s') && !KEEP_S.test(w)) w = w.slice(0, -1);
  // "reversing" -> "revers", "banning" -> "ban"
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  // "reversed" -> "revers", "banned" -> "ban"
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  // "reverse" -> "revers" so it meets "reversed"
  else if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !/[lsfz]/.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}
