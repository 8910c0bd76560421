/** What each command takes and prints, shown by `fine-print <command> --help`. */
export const COMMAND_USAGE = {
  extract: `fine-print extract <file.html[.gz] | crawl.warc[.gz] | URL>... [--format json|jsonl|text] [--jobs N] [--quiet]
      prints each page's article: headline, dek, byline, dates, language, paragraphs, notes, credits`,
  check: `fine-print check <file.html[.gz] | crawl.warc[.gz] | URL>... [--format text|json|jsonl|md|html] [--jobs N] [--quiet]
      prints each page's report: the article, the headline's claim, the verdict and the findings`,
  batch: `fine-print batch [pairs.jsonl[.gz]...] [--own-pages] [--jobs N] [--quiet]    (stdin when no file is named)
      reads {"id","headline","body","notes"?:[string]} lines, writes {"id","verdict","summary","findings"} lines;
      a body may be another article's (as FNC-1 pairs them) unless --own-pages says each is its headline's own`,
  claim: `fine-print claim [headlines.jsonl[.gz] | headlines.txt...] [--quiet]    (stdin when no file is named)
      reads {"id","headline"} lines (or plain lines, one headline each), writes {"id","claim"} lines`,
  cues: `fine-print cues [texts.jsonl[.gz] | texts.txt...] [--quiet]    (stdin when no file is named)
      reads {"id","text"} lines (or plain lines), writes {"id","cues":[{"kind","text","start","end"}]} lines;
      kinds: hedge, plan, condition, uncertainty, attribution, negation`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

const ARCHIVES = `In a web archive (.warc, .warc.gz) each HTML response is a page, with "warcTargetUri" and
"warcDate" in its JSON; the archive's other records are skipped and counted on stderr.`;

const OPTIONS = `Options:
  --jobs N, -j N   worker threads for many pages or pairs (default: one a core); output stays in input order
  --quiet, -q      no progress line on stderr (it shows only on a terminal, and only for a long run)`;

const EXIT_CODES = 'Exit codes: 0 success, 1 no input held an article, 2 bad usage.';

export const USAGE = `Usage:
${Object.values(COMMAND_USAGE).map((usage) => `  ${usage}`).join('\n')}
  fine-print <command> --help
  fine-print --help | --version

${ARCHIVES}

${OPTIONS}

${EXIT_CODES}`;

export function commandUsage(name: CommandName): string {
  const archives = name === 'check' || name === 'extract' ? `${ARCHIVES}\n\n` : '';
  return `Usage:\n  ${COMMAND_USAGE[name]}\n\n${archives}${OPTIONS}\n\n${EXIT_CODES}`;
}
