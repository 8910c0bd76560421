import { existsSync } from 'node:fs';
import type { ParsedArgs } from './args';
import { inputLines } from './batch/lines';
import { ByteMeter } from './byte-meter';
import { InputError, UsageError, messageOf } from './errors';
import type { Output } from './output';
import { progressLine } from './progress';

/** One input line read: its id and the text the command works on. */
export interface LineItem {
  id: unknown;
  text: string;
}

/**
 * Reads a line: a JSON object with `field` (and an optional "id"), or, when the line is not
 * JSON, the line itself, its id its line number.
 */
export function lineItem(line: string, field: string, lineNo: number): LineItem {
  if (!line.trimStart().startsWith('{')) return { id: lineNo, text: line.trim() };
  const value = JSON.parse(line) as Record<string, unknown> | null;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('each line must be a JSON object or plain text');
  if (typeof value[field] !== 'string') throw new Error(`"${field}" must be a string`);
  return { id: value.id ?? lineNo, text: value[field] as string };
}

/**
 * A command that reads lines (stdin, or files, gzipped or not) and writes one JSON line for
 * each, in order, holding one line at a time: a million lines in constant memory. A bad line is
 * reported with its number on stderr and as an error line, and the rest go on.
 */
export async function linesCommand(args: ParsedArgs, out: Output, field: string, answer: (item: LineItem) => Record<string, unknown>): Promise<number> {
  if (args.format) throw new UsageError('this command writes JSON lines and takes no --format');
  const inputs = args.inputs.length > 0 ? args.inputs : ['-'];
  for (const input of inputs) if (input !== '-' && !existsSync(input)) throw new InputError(`cannot read ${input}: no such file`);
  const meter = ByteMeter.of(inputs);
  const progress = progressLine(out, args.quiet, 'lines', () => meter.fraction());
  let lineNo = 0;
  let failures = 0;
  let read = 0;
  for await (const line of inputLines(inputs, out.input, meter)) {
    lineNo++;
    if (!line.trim()) continue;
    read++;
    let item: LineItem;
    try {
      item = lineItem(line, field, lineNo);
    } catch (error) {
      failures++;
      out.error(`line ${lineNo}: ${messageOf(error)}`);
      out.line(JSON.stringify({ id: idOf(line, lineNo), error: messageOf(error) }));
      continue;
    }
    out.line(JSON.stringify({ id: item.id, ...answer(item) }));
    progress.add(1);
  }
  progress.end();
  return failures > 0 && failures === read ? 1 : 0;
}

function idOf(line: string, lineNo: number): unknown {
  try {
    return (JSON.parse(line) as { id?: unknown })?.id ?? lineNo;
  } catch {
    return lineNo;
  }
}
