import { runCli } from '../../src/cli/main';
import type { CliIO, Command } from '../../src/cli/io';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessOptions {
  readonly cwd: string;
  /** NETGOV_TODAY: the day the command takes as today. */
  readonly today: string;
  readonly env?: Readonly<Record<string, string>>;
  /** One command's `run` rather than the whole CLI (`netgov <command> ...args` without the name). */
  readonly command?: Command;
}

/** Runs netgov in this process with a fake terminal (not a TTY), collecting what it prints. */
export async function runInProcess(args: readonly string[], options: InProcessOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd: options.cwd, stdoutIsTTY: false, env: { NETGOV_TODAY: options.today, ...options.env }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = options.command ? await options.command.run(args, io) : await runCli(args, io);
  return { code, stdout, stderr };
}
