/** What a CLI command may touch of the outside world, so tests can run commands in-process. */
export interface CliIO {
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

export interface Command {
  readonly name: string;
  /** One line for `netgov --help`. */
  readonly summary: string;
  /** Full help text for `netgov <command> --help`. */
  readonly help: string;
  /** Returns the exit code. Throws UsageError for bad arguments. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}
