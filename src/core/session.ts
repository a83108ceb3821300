import { posix } from 'node:path';
import type { Workspace } from './workspace';
import type { Checklist } from './health/checklist';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { locateInNetwork } from './discovery';
import { parseNetworkDocument } from './document';
import type { Finding } from './model/finding';
import { checkLoadedNetwork, diagnoseDocument, loadNetwork, type LoadedNetwork } from './check';
import { DependencyIndex, changedFacts, providedFacts, readFacts } from './dependencies';
import type { Network } from './network';

/**
 * One network kept checked as its documents change, for the editor. An update
 * re-parses the one document and re-runs the rules only on the documents
 * whose checks read a fact that changed (see dependencies.ts), so an edit
 * costs the same however large the network is. The diagnostics are always
 * those a full check of the same files would give: a test holds it to that.
 */
export class NetworkSession {
  private readonly parseFindings: Map<string, readonly Finding[]>;
  private readonly current = new Map<string, readonly Diagnostic[]>();
  private readonly dependencies = new DependencyIndex();

  private constructor(
    private readonly loaded: LoadedNetwork,
    private today: string,
  ) {
    this.parseFindings = new Map(loaded.parseFindings);
  }

  /** Reads and checks a whole network; `onListed` hears how many documents it found, before they are read. */
  static async open(workspace: Workspace, root: string, today: string, onListed?: (documents: number) => void): Promise<NetworkSession> {
    const session = new NetworkSession(await loadNetwork(workspace, root, undefined, undefined, onListed), today);
    await session.recheckAll();
    return session;
  }

  get network(): Network {
    return this.loaded.network;
  }

  /** The health checklist the network is measured by (the built-in one with the network's own laid over it), read with the network. */
  get checklist(): Checklist {
    return this.loaded.checklist.checklist;
  }

  /** The network's own checklist file (`health.checklist` in netgov.yml), if it names one: a change to it means reading the network again. */
  get checklistPath(): string | undefined {
    const relative = this.network.config.checklist;
    return relative === undefined ? undefined : posix.join(this.root, relative);
  }

  get root(): string {
    return this.loaded.network.root;
  }

  /** Whether a path would be one of this network's documents. */
  covers(path: string): boolean {
    return locateInNetwork(this.root, path, this.network.config.layout) !== undefined;
  }

  /** Diagnostics by file; files with none are absent. */
  diagnostics(): ReadonlyMap<string, readonly Diagnostic[]> {
    return this.current;
  }

  /** Checks every document again, e.g. when the date changes. Returns every file that has or had diagnostics. */
  async recheckAll(today = this.today): Promise<Set<string>> {
    this.today = today;
    const before = new Set(this.current.keys());
    this.current.clear();
    const all = await checkLoadedNetwork({ ...this.loaded, parseFindings: this.parseFindings }, today);
    for (const diagnostic of [...all].sort(compareDiagnostics)) {
      this.current.set(diagnostic.file, [...(this.current.get(diagnostic.file) ?? []), diagnostic]);
    }
    for (const document of this.network.documents) this.dependencies.set(document.path, readFacts(document, this.network));
    for (const path of this.current.keys()) before.add(path);
    return before;
  }

  /**
   * Replaces one document's content (bytes from disk or an editor's text), or
   * removes it (`undefined`: deleted, or renamed away). A file too large to
   * read is given as empty bytes with its `size`. Returns the files whose
   * diagnostics may have changed: the document and its true dependents.
   */
  update(path: string, bytes: Uint8Array | undefined, size = bytes?.length ?? 0): Set<string> {
    const network = this.network;
    const location = locateInNetwork(this.root, path, network.config.layout);
    if (!location) return new Set();
    const before = providedFacts(network.get(path));
    if (bytes === undefined) {
      network.delete(path);
      this.parseFindings.delete(path);
      this.dependencies.delete(path);
    } else {
      const { document, findings } = parseNetworkDocument(path, location.kind, location.id, bytes, network.config.limits, size);
      network.set(document);
      this.parseFindings.set(path, findings);
    }
    const affected = this.dependencies.readersOf(changedFacts(before, providedFacts(network.get(path))));
    affected.add(path);
    for (const file of affected) this.diagnose(file);
    return affected;
  }

  private diagnose(path: string): void {
    // netgov.yml's diagnostics stay as loaded: a change to it reloads the whole network.
    if (path === this.loaded.configPath) return;
    const document = this.network.get(path);
    const diagnostics = document ? diagnoseDocument(this.network, document, this.parseFindings.get(path) ?? [], this.today) : [];
    // What it reads may have changed with the network (an unknown id that now exists).
    if (document) this.dependencies.set(path, readFacts(document, this.network));
    if (diagnostics.length > 0) this.current.set(path, diagnostics);
    else this.current.delete(path);
  }
}
