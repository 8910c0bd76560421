/** Pages no extension may read, each with the reason a reader is given. */
const RESTRICTED: [RegExp, string][] = [
  // chrome://settings, edge://flags, about:blank
  [/^(chrome|edge|brave|opera|vivaldi|about|devtools|chrome-search|chrome-untrusted):/i, 'This is one of the browser’s own pages, which extensions may not read.'],
  // chrome-extension://…/popup.html
  [/^(chrome-extension|moz-extension|extension):/i, 'This page belongs to an extension, which other extensions may not read.'],
  // view-source:https://news.example/
  [/^view-source:/i, 'Fine Print can’t read a page’s source view. Open the article itself.'],
  // https://chromewebstore.google.com/detail/…
  [/^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(\/|$)/i, 'Browsers don’t let extensions read their extension stores.'],
  // https://news.example/report.pdf
  [/^[^?#]+\.pdf([?#]|$)/i, 'This is a PDF in the browser’s viewer, which extensions may not read.'],
  // data:text/html,…
  [/^(data|blob|javascript):/i, 'Fine Print only reads pages loaded from the web.'],
];

/** Why Fine Print cannot read the page at this URL, or null when it may try. */
export function restrictionOf(url: string): string | null {
  for (const [pattern, reason] of RESTRICTED) if (pattern.test(url)) return reason;
  return null;
}

export const FILE_ACCESS_REASON =
  'To check files on your computer, turn on “Allow access to file URLs” for Fine Print in the browser’s extension settings.';

export const NO_ACCESS_REASON = 'The browser didn’t let Fine Print read this page. Open Fine Print from its toolbar button on the article.';

/** Injection errors that mean "not allowed here", as opposed to something going wrong. */
export function isAccessError(message: string): boolean {
  return /cannot access|cannot be scripted|permission|extensions gallery|chrome:\/\/|not allowed|missing host/i.test(message);
}
