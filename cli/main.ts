import { parseArgs, type ParsedArgs } from './args';
import { UsageError, messageOf } from './errors';
import { processOutput, type Output } from './output';
import { commandUsage, USAGE, type CommandName } from './usage';
import { VERSION } from './version';

type Command = (args: ParsedArgs, out: Output) => Promise<number>;

/** Each command loads only its own code: extract never needs the language models analysis loads. */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  extract: async () => (await import('./extract-command')).extractCommand,
  check: async () => (await import('./check-command')).checkCommand,
  batch: async () => (await import('./batch-command')).batchCommand,
  claim: async () => (await import('./claim-command')).claimCommand,
  cues: async () => (await import('./cues-command')).cuesCommand,
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
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined;
  try {
    if (!load) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      out.line(commandUsage(name as CommandName));
      return 0;
    }
    const args = parseArgs(rest);
    return await (await load())(args, out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    out.error(messageOf(error));
    return 1;
  }
}
