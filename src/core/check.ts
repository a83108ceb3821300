import { posix } from 'node:path';
import { FileTooLargeError, type Workspace } from './workspace';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { CONFIG_FILE, DEFAULT_CONFIG, readConfig, type NetworkConfig } from './config';
import { checkCodeowners } from './codeowners-check';
import { findNetworkRoots, listNetworkDocuments, type DocumentLocation } from './discovery';
import { DEFAULT_LIMITS, parseNetworkDocument, type NetworkDocument } from './document';
import type { Finding } from './model/finding';
import { Network } from './network';
import { validateAgainstSchema } from './schema/validate';
import { allRules, documentRules, rulesByCode } from './rules';
import type { RuleContext } from './rules/rule';
import type { CheckReport } from './report';
import { pushAll } from './arrays';
import { hasControlCharacter, printable } from './text/printable';
import { toDiagnostic } from './severity';
import { loadNetworkChecklist, type NetworkChecklist } from './health/network-checklist';
import { capFileDiagnostics, capRunDiagnostics } from './finding-caps';

export interface CheckOptions {
  /**
   * The day to check as of (YYYY-MM-DD). The caller decides what "today" is (the CLI: --as-of, else
   * NETGOV_TODAY, else the local date; the editor: the local date): the core never reads the clock.
   */
  readonly today: string;
  /** Called with the time each stage took, for `--timings` and the benchmark. */
  readonly onTiming?: (stage: Stage, milliseconds: number) => void;
  /**
   * The repository's root folder, when `dir` is it: then the CODEOWNERS file's
   * netgov block is compared with the networks' lead roles (`codeowners.out-of-date`).
   */
  readonly repositoryRoot?: string;
}

export type Stage = 'discover' | 'read' | 'parse' | 'schema' | 'rules';

/** A network as loaded for checking: the index, and what reading each file found. */
export interface LoadedNetwork {
  readonly network: Network;
  readonly configFindings: readonly Finding[];
  readonly configPath: string;
  /** Findings from reading each document (encoding, frontmatter, YAML), by path. */
  readonly parseFindings: ReadonlyMap<string, readonly Finding[]>;
  /** The health checklist the network is measured by, with the problems in its own checklist file (checked with the network). */
  readonly checklist: NetworkChecklist;
}

/** Files read at once: enough to keep the disk (or, on github.dev, the network) busy, few enough not to exhaust file handles or flood the server. */
const READ_CONCURRENCY = 64;

/** Checks every network under `dir`. Never throws for bad documents; only for a failing workspace. */
export async function checkDirectory(workspace: Workspace, dir: string, options: CheckOptions): Promise<CheckReport & { networks: number }> {
  const time = timer(options.onTiming);
  const roots = await time('discover', () => findNetworkRoots(workspace, dir));
  const diagnostics: Diagnostic[] = [];
  const networks: Network[] = [];
  let filesChecked = 0;
  for (const root of roots) {
    const loaded = await loadNetwork(workspace, root, options.onTiming);
    filesChecked += loaded.network.size;
    networks.push(loaded.network);
    pushAll(diagnostics, await checkLoadedNetwork(loaded, options.today, time));
  }
  // Reviewers from roles: one file for the whole repository, so checked once, after every network is loaded.
  if (options.repositoryRoot !== undefined && networks.length > 0) {
    const codeowners = await checkCodeowners(workspace, networks, options.repositoryRoot, options.today);
    // The file belongs to no one network; the first network's netgov.yml sets the severity.
    const diagnostic = codeowners && toDiagnostic(codeowners.file, codeowners.finding, networks[0]!.config);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  diagnostics.sort(compareDiagnostics);
  const capped = capRunDiagnostics(diagnostics);
  return { root: dir, diagnostics: capped.diagnostics, filesChecked, rules: allRules, networks: roots.length, ...(capped.omitted > 0 ? { omitted: capped.omitted } : {}) };
}

type Timer = <T>(stage: Stage, work: () => Promise<T>) => Promise<T>;

function timer(onTiming: CheckOptions['onTiming']): Timer {
  return async (stage, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      onTiming?.(stage, performance.now() - start);
    }
  };
}

/** A network's netgov.yml as read from `workspace` (the defaults when there is none), with what reading it found. */
export async function readNetworkConfig(workspace: Workspace, root: string): Promise<{ config: NetworkConfig; findings: readonly Finding[]; path: string }> {
  const configPath = posix.join(root, CONFIG_FILE);
  let config: NetworkConfig = DEFAULT_CONFIG;
  let configFindings: readonly Finding[] = [];
  if ((await workspace.fileSize(configPath)) !== undefined) {
    try {
      const loaded = readConfig(configPath, await workspace.readFile(configPath, DEFAULT_LIMITS.maxFileBytes), [...rulesByCode.keys()]);
      config = loaded.config;
      configFindings = loaded.findings;
    } catch (error) {
      const code = error instanceof FileTooLargeError ? 'file.too-large' : 'file.unreadable';
      const reason = error instanceof Error ? error.message : String(error);
      const start = { line: 0, character: 0 };
      configFindings = [{ code, range: { start, end: start }, message: `netgov.yml could not be read (${reason}); the defaults apply.` }];
    }
  }
  return { config, findings: configFindings, path: configPath };
}

/**
 * Reads a network's config and documents into an index. With `settings` (the
 * base branch's config, for `check --changed` and `diff`), its limits and rule
 * settings replace those of the network's own netgov.yml: a pull request
 * cannot raise its own limits or turn its own rules off (issue 13).
 */
export async function loadNetwork(workspace: Workspace, root: string, onTiming?: CheckOptions['onTiming'], settings?: NetworkConfig, onListed?: (documents: number) => void): Promise<LoadedNetwork> {
  const time = timer(onTiming);
  const own = await readNetworkConfig(workspace, root);
  const configPath = own.path;
  const config: NetworkConfig = settings ? { ...own.config, limits: settings.limits, severities: settings.severities } : own.config;
  const configFindings = own.findings;
  const locations = await time('discover', () => listNetworkDocuments(workspace, root, config.layout));
  onListed?.(locations.length);
  const network = new Network(root, config);
  const parseFindings = new Map<string, readonly Finding[]>();
  let parseTime = 0;
  const readStart = performance.now();
  await forEachConcurrently(locations, READ_CONCURRENCY, async (location) => {
    const { document, findings } = await readDocument(workspace, location, config, (ms) => (parseTime += ms));
    network.set(document);
    parseFindings.set(document.path, findings);
  });
  // Reading and parsing interleave; report the parsing (synchronous, so additive) apart from the waiting.
  onTiming?.('read', performance.now() - readStart - parseTime);
  onTiming?.('parse', parseTime);
  const checklist = await loadNetworkChecklist(workspace, network);
  return { network, configFindings, configPath, parseFindings, checklist };
}

/** Reads and parses one document; a file that cannot be read becomes a document with a finding saying why. */
async function readDocument(workspace: Workspace, location: DocumentLocation, config: NetworkConfig, addParseTime: (ms: number) => void = () => undefined): Promise<{ document: NetworkDocument; findings: readonly Finding[] }> {
  const { path, kind, id } = location;
  let bytes: Uint8Array;
  let size: number;
  try {
    bytes = await workspace.readFile(path, config.limits.maxFileBytes);
    size = bytes.length;
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      // Reported from its size alone; the content was never read.
      bytes = new Uint8Array();
      size = error.size;
    } else {
      const { document } = parseNetworkDocument(path, kind, id, new Uint8Array(), config.limits);
      const reason = error instanceof Error ? error.message : String(error);
      return { document, findings: [{ code: 'file.unreadable', range: document.firstLine, message: `This file could not be read: ${reason}` }] };
    }
  }
  const start = performance.now();
  const parsed = parseNetworkDocument(path, kind, id, bytes, config.limits, size);
  addParseTime(performance.now() - start);
  return parsed;
}

/** All diagnostics for a loaded network, with the network's severity settings applied. */
export async function checkLoadedNetwork(loaded: LoadedNetwork, today: string, time: Timer = (_s, work) => work()): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const { network } = loaded;
  const byFile = new Map<string, Diagnostic[]>();
  const emit = (file: string, findings: readonly Finding[]): void => {
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    for (const finding of findings) {
      const diagnostic = toDiagnostic(file, finding, network.config);
      if (diagnostic) list.push(diagnostic);
    }
  };
  emit(loaded.configPath, loaded.configFindings);
  for (const { file, code, range, message, data } of loaded.checklist.diagnostics) emit(file, [{ code, range, message, ...(data ? { data } : {}) }]);
  for (const document of network.documents) {
    emit(document.path, loaded.parseFindings.get(document.path) ?? []);
    const unsafe = unsafeNameFinding(document);
    if (unsafe) emit(document.path, [unsafe]);
  }
  const schemaFindings = await time('schema', async () => [...network.documents].map((document) => [document, validateAgainstSchema(document)] as const));
  for (const [document, findings] of schemaFindings) emit(document.path, findings);
  const ruleFindings = await time('rules', async () => [...network.documents].map((document) => [document, checkDocument(network, document, today)] as const));
  for (const [document, findings] of ruleFindings) emit(document.path, findings);
  const firstLines = new Map([...network.documents].map((document) => [document.path, document.firstLine] as const));
  const start = { line: 0, character: 0 };
  for (const [file, list] of byFile) pushAll(diagnostics, capFileDiagnostics(file, list, firstLines.get(file) ?? { start, end: start }));
  return diagnostics;
}

/**
 * Everything wrong with one document: what reading it found, its schema
 * errors and its rules' findings, with the network's severities applied. The
 * full check and the editor's incremental session both come down to this.
 */
export function diagnoseDocument(network: Network, document: NetworkDocument, parseFindings: readonly Finding[], today: string): Diagnostic[] {
  const unsafe = unsafeNameFinding(document);
  const findings = [...parseFindings, ...(unsafe ? [unsafe] : []), ...validateAgainstSchema(document), ...checkDocument(network, document, today)];
  const diagnostics = findings.flatMap((finding) => toDiagnostic(document.path, finding, network.config) ?? []).sort(compareDiagnostics);
  return capFileDiagnostics(document.path, diagnostics, document.firstLine);
}

/** Runs every document rule on one document. Rules read only documents whose frontmatter could be read. */
function checkDocument(network: Network, document: NetworkDocument, today: string): Finding[] {
  if (!document.data || document.kind === 'config') return [];
  const findings: Finding[] = [];
  for (const rule of documentRules) {
    if (!rule.kinds.includes(document.kind)) continue;
    if (network.config.severities.get(rule.code) === 'off') continue;
    const context: RuleContext = {
      network,
      today,
      report: (range, message, data) => findings.push({ code: rule.code, range, message, ...(data ? { data } : {}) }),
    };
    rule.check(document, context);
  }
  return findings;
}

/**
 * `file.unsafe-name` when a document's path (its name, or a folder above it
 * inside or outside the network) has a control character: such a name could
 * forge lines in CODEOWNERS, CI annotations or a terminal, so it is refused.
 */
export function unsafeNameFinding(document: NetworkDocument): Finding | undefined {
  if (!hasControlCharacter(document.path)) return undefined;
  return {
    code: 'file.unsafe-name',
    range: document.firstLine,
    message: `The path ${printable(document.path)} has a control character (shown escaped); netgov leaves it out of CODEOWNERS. Rename the file or folder.`,
  };
}

async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
