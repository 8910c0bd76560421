const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// "2019-03-22T19:45:00-04:00" -> "22 March 2019, 7:45 PM"
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * A page's date as a reader reads it. ISO dates keep the clock time the page gave
 * (no conversion to the reader's zone, which would misquote the page); anything else
 * is shown as the page wrote it.
 */
export function formatPageDate(date: string): string {
  const match = ISO_DATE.exec(date.trim());
  if (!match) return date.trim();
  const [, year, month, day, hour, minute] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return date.trim();
  const dayText = `${Number(day)} ${monthName} ${year}`;
  if (hour === undefined) return dayText;
  const h = Number(hour);
  const clock = `${h % 12 === 0 ? 12 : h % 12}:${minute} ${h < 12 ? 'AM' : 'PM'}`;
  return `${dayText}, ${clock}`;
}
