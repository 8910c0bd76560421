import { chooseFormat, type ParsedArgs } from './args';
import { UsageError } from './errors';
import type { Output } from './output';
import { manyPages, runPages } from './pages/run';

const FORMATS = ['text', 'json', 'jsonl', 'md', 'html'] as const;
/** What goes between two reports in the text formats. */
const SEPARATORS: Partial<Record<(typeof FORMATS)[number], string>> = { text: '\n', md: '\n---\n\n' };

export async function checkCommand(args: ParsedArgs, out: Output): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('check needs at least one file or URL');
  const format = chooseFormat(args.format, FORMATS, manyPages(args) ? 'jsonl' : 'text');
  if (format === 'html' && manyPages(args)) throw new UsageError('--format html takes one input (a report is one page)');
  return runPages('check', format, args, out, SEPARATORS[format] ?? '');
}
