import { jobsOf, type ParsedArgs } from '../args';
import { ByteMeter } from '../byte-meter';
import { messageOf } from '../errors';
import { runInOrder } from '../jobs/in-order';
import type { Output } from '../output';
import { progressLine } from '../progress';
import type { PageCommand } from './outcome';
import { isWarc, pageSources } from './source';
import { pageWriter } from './writer';

/** Whether the output holds several pages: more than one input, or any web archive. */
export function manyPages(args: ParsedArgs): boolean {
  return args.inputs.length > 1 || args.inputs.some(isWarc);
}

/** `extract` or `check` over every input, in worker threads when there are several pages. */
export async function runPages(command: PageCommand, format: string, args: ParsedArgs, out: Output, separator: string): Promise<number> {
  const meter = ByteMeter.of(args.inputs);
  const progress = progressLine(out, args.quiet, 'pages', () => meter.fraction());
  const writer = pageWriter(out, format, manyPages(args), separator);
  await runInOrder(
    pageSources(args.inputs, meter, out),
    jobsOf(args),
    {
      // the extractor loads only where pages are read
      here: async (source) => (await import('./outcome')).pageOutcome({ command, format, source }),
      // a thread that failed (it never should) costs its page, not the run
      inPool: (pool, source) => pool.page({ command, format, source }).catch((error: unknown) => ({ ok: false, error: `could not read an article: ${messageOf(error)}` }) as const),
    },
    (outcome, source) => {
      writer.take(outcome, source);
      progress.add();
    },
  );
  progress.end();
  return writer.finish();
}
