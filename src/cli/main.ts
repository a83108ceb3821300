import { agendaCommand } from './commands/agenda';
import { checkCommand } from './commands/check';
import { codeownersCommand } from './commands/codeowners';
import { connectCommand } from './commands/connect';
import { diffCommand } from './commands/diff';
import { healthCommand } from './commands/health';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { decideCommand, doneCommand, handoverCommand } from './commands/lifecycle';
import { newCommand } from './commands/new';
import { pulseCommand } from './commands/pulse';
import { UsageError, type CliIO, type Command } from './io';
import { version } from './util';

const commands: readonly Command[] = [checkCommand, diffCommand, healthCommand, connectCommand, agendaCommand, initCommand, newCommand, importCommand, decideCommand, handoverCommand, doneCommand, pulseCommand, codeownersCommand];

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: netgov <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'netgov <command> --help' for a command's options.\n`;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  const debug = argv.includes('--debug');
  if (name === undefined) {
    io.stderr(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`netgov: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`netgov ${name}: ${error.message.split('\n', 1)[0]}\n`);
      return 2;
    }
    if (isParseArgsError(error)) {
      io.stderr(`netgov ${name}: ${optionErrorMessage(error as Error & { code: string }, args, name)}\n`);
      return 2;
    }
    io.stderr(`netgov ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('Run again with --debug to see the details, and please report it.\n');
    return 2;
  }
}

/**
 * Node's parseArgs errors in netgov's words, on one line: what was wrong with
 * which option, and where to read the options.
 */
export function optionErrorMessage(error: Error & { code: string }, args: readonly string[], command: string): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  const help = `see netgov ${command} --help`;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}: ${help}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const argument = /argument '([^']*)'/.exec(error.message)?.[1];
      return `${command} takes no ${argument === undefined ? 'such argument' : `argument '${argument}'`}: ${help}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (option === undefined) break;
      if (/does not take an argument/.test(error.message)) return `${option} takes no value: write ${option} on its own`;
      const next = args[args.indexOf(option) + 1];
      if (/ambiguous/.test(error.message) && next !== undefined) {
        return `${option} needs a value, and '${next}' looks like an option; to give a value starting with '-', write ${option}=${next}`;
      }
      return `${option} needs a value: ${help}`;
    }
  }
  return `${error.message.split('\n', 1)[0]}: ${help}`;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

if (require.main === module) {
  const io: CliIO = {
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
