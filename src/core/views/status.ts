/**
 * The status bar item's text and tooltip: which network, and the counts the
 * Problems view shows for it. Pure, so the wording is tested without VS Code.
 */

/** netgov's entries in the Problems view: rule diagnostics by severity, and health findings apart. */
export interface StatusCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Health findings shown on documents (as information, `netgov.health.diagnostics`). */
  readonly findings: number;
}

export interface StatusSummary {
  /** Status bar text, with codicons: `North Shire Frailty Network $(error) 3 $(warning) 5`. */
  readonly text: string;
  readonly tooltip: string;
  /** What a screen reader says. */
  readonly accessibilityLabel: string;
}

/** Longest network name shown in the status bar; longer ones are cut at a word with an ellipsis. */
export const MAX_STATUS_NAME = 32;

/**
 * `name` is the network's name, or undefined when several networks are
 * summarised together (`count` of them) and none is in the active editor.
 */
export function statusSummary(name: string | undefined, count: number, counts: StatusCounts): StatusSummary {
  const label = name !== undefined ? shorten(name, MAX_STATUS_NAME) : `${count} networks`;
  const text = `${label} $(error) ${counts.errors} $(warning) ${counts.warnings}${counts.findings > 0 ? ` $(pulse) ${counts.findings}` : ''}`;
  const problems = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.infos, 'info')].join(', ');
  const findings = plural(counts.findings, 'health finding');
  const which = name === undefined ? `${count} networks in this workspace` : count > 1 ? `${name} (one of ${count} networks in this workspace)` : name;
  const whose = name === undefined ? 'their' : 'its';
  const total = counts.errors + counts.warnings + counts.infos + counts.findings;
  const tooltip = [
    `netgov: ${which}`,
    `${problems} in ${whose} governance documents, and ${findings} shown on them as information.`,
    `${plural(total, 'entry', 'entries')} in the Problems view in all. Click to open it.`,
  ].join('\n');
  return { text, tooltip, accessibilityLabel: `netgov: ${name ?? `${count} networks`}, ${problems}, ${findings}` };
}

/**
 * What the item shows: while the first check of the workspace runs, how many
 * documents it is checking (as soon as they are listed, before any is read);
 * after it, the network and its counts ({@link statusSummary}).
 */
export type StatusState =
  | { readonly checking: number }
  | { readonly name: string | undefined; readonly networks: number; readonly counts: StatusCounts };

/** The one place that decides the status bar item's text, tooltip and spoken label. */
export function statusOf(state: StatusState): StatusSummary {
  if ('checking' in state) return checkingSummary(state.checking);
  return statusSummary(state.name, state.networks, state.counts);
}

function checkingSummary(documents: number): StatusSummary {
  const what = `checking ${plural(documents, 'document')}`;
  return {
    text: `$(sync~spin) netgov: ${what}`,
    tooltip: `netgov: ${what} in this workspace's networks.\nThe counts of errors, warnings and health findings appear here when the first check is done.`,
    accessibilityLabel: `netgov: ${what}`,
  };
}

function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
