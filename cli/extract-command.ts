import { articleToJson } from '../lib/extract/index';
import { chooseFormat, type ParsedArgs } from './args';
import { UsageError } from './errors';
import { loadArticle } from './load-article';
import type { Output } from './output';

const FORMATS = ['json', 'jsonl', 'text'] as const;

export async function extractCommand(args: ParsedArgs, out: Output): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('extract needs at least one file or URL');
  const format = chooseFormat(args.format, FORMATS, args.inputs.length > 1 ? 'jsonl' : 'json');
  let found = 0;
  const all: unknown[] = [];
  for (const input of args.inputs) {
    const loaded = await loadArticle(input);
    if ('error' in loaded) {
      out.error(`${input}: ${loaded.error}`);
      if (format === 'jsonl') out.line(JSON.stringify({ file: input, error: loaded.error }));
      if (format === 'json' && args.inputs.length > 1) all.push({ file: input, error: loaded.error });
      continue;
    }
    found++;
    const json = articleToJson(loaded.article);
    if (format === 'jsonl') out.line(JSON.stringify(json));
    else if (format === 'json') all.push(json);
    else out.line(articleText(json));
  }
  if (format === 'json' && all.length > 0) out.line(JSON.stringify(all.length === 1 && args.inputs.length === 1 ? all[0] : all, null, 2));
  return found > 0 ? 0 : 1;
}

function articleText(json: ReturnType<typeof articleToJson>): string {
  const lines = [json.headline ?? '(no headline)'];
  if (json.dek) lines.push(json.dek);
  const meta = [json.byline, json.published && `published ${json.published}`, json.modified && `updated ${json.modified}`]
    .filter(Boolean)
    .join(' · ');
  if (meta) lines.push(meta);
  lines.push('');
  for (const note of json.notes) lines.push(`[${note.kind}${note.date ? `, ${note.date}` : ''}] ${note.text}`, '');
  for (const paragraph of json.paragraphs) lines.push(paragraph, '');
  for (const credit of json.credits) lines.push(credit);
  return lines.join('\n').trimEnd() + '\n';
}
