import { chooseFormat, type ParsedArgs } from './args';
import { UsageError } from './errors';
import type { Output } from './output';
import { manyPages, runPages } from './pages/run';

const FORMATS = ['json', 'jsonl', 'text'] as const;

export async function extractCommand(args: ParsedArgs, out: Output): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('extract needs at least one file or URL');
  const format = chooseFormat(args.format, FORMATS, manyPages(args) ? 'jsonl' : 'json');
  return runPages('extract', format, args, out, '');
}
