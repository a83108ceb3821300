import { pushAll } from '../arrays';
import { checkLoadedNetwork, loadNetwork, readNetworkConfig, type CheckOptions } from '../check';
import { checkCodeowners } from '../codeowners-check';
import type { NetworkConfig } from '../config';
import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import { changedScope } from '../diff/changed-scope';
import { itemChanges } from '../diff/diff';
import { healthNotices, type ChangedLines } from '../diff/health-notices';
import { locateInNetwork, type DocumentLocation } from '../discovery';
import { parseNetworkDocument, type NetworkDocument } from '../document';
import { capRunDiagnostics } from '../finding-caps';
import type { Network } from '../network';
import type { CheckReport } from '../report';
import { allRules } from '../rules';
import { checkCharterChange } from '../rules/charter-change-undecided';
import { toDiagnostic } from '../severity';
import type { Workspace } from '../workspace';
import { measuredState, networkState } from './network-state';

/** What `check --changed` compares: the working tree and the base it is compared with, both read as workspaces. */
export interface ChangedCheck {
  /** The files as they are now. */
  readonly head: Workspace;
  /** The files as they were in the base (the CLI reads them from git's tree). */
  readonly base: Workspace;
  /** The repository's top folder: the report's paths are relative to it. */
  readonly top: string;
  /** The networks to check (their roots, found in `head`). */
  readonly roots: readonly string[];
  /** Every file the change touched, absolute. */
  readonly changed: readonly string[];
  /** The lines it changed, per absolute path: with it, health findings the change creates or worsens are placed on them. */
  readonly changedLines?: ChangedLines;
  /** Today, for the written statuses the health findings are measured against (with `changedLines`). */
  readonly present?: string;
}

/**
 * The diagnostics a change is answerable for: those on the files it touched
 * and on the documents whose checks read what it changed (diff/changed-scope.ts).
 * Diagnostics the change did not cause, on files it left alone, are left out.
 * A change to netgov.yml can move any finding, so it keeps them all; a change to a
 * member's roles keeps the CODEOWNERS finding. The base decides limits and rule
 * settings: a change cannot raise its own limits or turn its own rules off.
 */
export async function checkChanges(input: ChangedCheck, options: CheckOptions): Promise<CheckReport & { networks: number }> {
  const { head, base, top, roots, changed, changedLines } = input;
  const today = options.today;
  const healthFound: Diagnostic[] = [];
  const diagnostics: Diagnostic[] = [];
  const networks: Network[] = [];
  let rolesTouched = false;
  let filesChecked = 0;
  for (const root of roots) {
    const settings = (await readNetworkConfig(base, root)).config;
    const loaded = await loadNetwork(head, root, options.onTiming, settings);
    const { network } = loaded;
    networks.push(network);
    const all = await checkLoadedNetwork(loaded, today);
    const touched = changed.filter((path) => path.startsWith(`${root}/`));
    let scope: ReadonlySet<string>;
    if (touched.includes(loaded.configPath)) {
      scope = new Set([loaded.configPath, ...[...network.documents].map((document) => document.path)]);
    } else {
      const earlier = new Map<string, NetworkDocument | undefined>();
      for (const path of touched) {
        const location = locateInNetwork(root, path, network.config.layout);
        if (!location) continue;
        earlier.set(path, await documentBefore(base, location, network.config));
        rolesTouched ||= location.kind === 'member' || location.kind === 'charter';
      }
      scope = changedScope(network, earlier);
    }
    pushAll(diagnostics, all.filter((d) => scope.has(d.file)));
    const charter = network.charter;
    if (charter && touched.includes(charter.path)) {
      const location = locateInNetwork(root, charter.path, network.config.layout);
      const was = location && (await documentBefore(base, location, network.config));
      const finding = checkCharterChange(was, charter, network, (path) => touched.includes(path));
      const diagnostic = finding && toDiagnostic(charter.path, finding, network.config);
      if (diagnostic) diagnostics.push(diagnostic);
    }
    filesChecked += [...scope].filter((path) => network.get(path) !== undefined).length;
    if (changedLines && input.present !== undefined && touched.length > 0) {
      // Measured as netgov diff measures: on the day checked, with today's written statuses.
      const measure = { asOf: today, present: input.present };
      const [was, now] = await Promise.all([networkState(base, root, measure, settings), measuredState(loaded, all, measure)]);
      // A network the change adds is new from end to end: its health is for the job summary, not for every line.
      if (was) pushAll(healthFound, healthNotices(itemChanges(was.health, now.health), now, changedLines));
    }
  }
  // Reviewers follow the lead roles: a change to who leads can leave CODEOWNERS behind, though the change never touched it.
  if (options.repositoryRoot !== undefined && networks.length > 0) {
    const codeowners = await checkCodeowners(head, networks, top, today);
    const diagnostic = codeowners && toDiagnostic(codeowners.file, codeowners.finding, networks[0]!.config);
    if (diagnostic && (rolesTouched || changed.includes(diagnostic.file))) diagnostics.push(diagnostic);
  }
  diagnostics.sort(compareDiagnostics);
  // Paths from the repository's top folder: what code hosts expect in annotations and SARIF.
  const capped = capRunDiagnostics(diagnostics);
  return {
    root: top,
    diagnostics: capped.diagnostics,
    filesChecked,
    rules: allRules,
    networks: roots.length,
    ...(capped.omitted > 0 ? { omitted: capped.omitted } : {}),
    ...(healthFound.length > 0 ? { notices: healthFound.sort(compareDiagnostics) } : {}),
  };
}

/** A document as it was in the base (read by the network's current layout), or undefined when it is new. */
async function documentBefore(base: Workspace, location: DocumentLocation, config: NetworkConfig): Promise<NetworkDocument | undefined> {
  if ((await base.fileSize(location.path)) === undefined) return undefined;
  // Too large or unreadable: its kind and id still say which facts it gave.
  const bytes = await base.readFile(location.path, config.limits.maxFileBytes).catch(() => new Uint8Array());
  return parseNetworkDocument(location.path, location.kind, location.id, bytes, config.limits).document;
}

