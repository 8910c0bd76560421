import { parseArgs, type ParsedArgs } from './args';
import { batchCommand } from './batch-command';
import { checkCommand } from './check-command';
import { UsageError, messageOf } from './errors';
import { extractCommand } from './extract-command';
import { processOutput, type Output } from './output';
import { USAGE } from './usage';
import { VERSION } from './version';

type Command = (args: ParsedArgs, out: Output) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  check: checkCommand,
  batch: batchCommand,
};

/** Runs one command line and returns the exit code; never lets a stack trace reach the user. */
export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    out.error(`no command given\n${USAGE}`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    out.line(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    out.line(VERSION);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(parseArgs(rest), out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    out.error(messageOf(error));
    return 1;
  }
}
