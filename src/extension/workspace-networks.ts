import * as vscode from 'vscode';
import picomatch from 'picomatch';
import { posix } from 'node:path';
import { CHARTER_FILE, CONFIG_FILE } from '../core/config';
import type { Diagnostic } from '../core/diagnostic';
import { findNetworkRoots, plainNetworkFolders } from '../core/discovery';
import { localToday } from '../core/views/dates';
import { NetworkSession } from '../core/session';
import { severityOverrides, toVscodeDiagnostic } from './diagnostics';
import type { NetworkEntry, NetworkService } from './network-service';
import { VscodeWorkspace } from './vscode-workspace';
import { log } from './log';
import type { FolderWatch } from './platform';
import { FileTooLargeError, type DirectoryEntry, type Workspace } from '../core/workspace';
import type { NetworkDocument } from '../core/document';

/**
 * When netgov started and when its first diagnostics went out, as wall-clock
 * times (`Date.now()`), for the benchmark of first sight (bench/editor.ts).
 * Never part of a test's assertions.
 */
export interface FirstSight {
  /** activate() was called. */
  readonly activated: number;
  /** activate() returned, everything registered. */
  returned?: number;
  /** The first network's documents were listed (the status bar says "checking N documents"). */
  listed?: number;
  /** How many documents the first check covered. */
  documents?: number;
  /** The first check's diagnostics were in the collection. */
  published?: number;
}

type DiskChange = 'created' | 'changed' | 'deleted';

interface Loaded {
  readonly entry: NetworkEntry;
  readonly session: NetworkSession;
  readonly workspace: VscodeWorkspace;
}

const encoder = new TextEncoder();

/**
 * The workspace for one full load, each folder's listing read once: the search
 * for networks and the listing of their documents read the same folders, and
 * while VS Code starts up every read waits its turn behind other extensions.
 */
function listingOnce(workspace: Workspace): Workspace {
  const listings = new Map<string, Promise<readonly DirectoryEntry[] | undefined>>();
  return {
    readDirectory: (path) => {
      let listing = listings.get(path);
      if (!listing) listings.set(path, (listing = workspace.readDirectory(path)));
      return listing;
    },
    fileSize: (path) => workspace.fileSize(path),
    readFile: (path, maxBytes) => workspace.readFile(path, maxBytes),
  };
}

/**
 * Every network in the workspace, kept checked as files change: editor
 * buffers as you type (debounced), and files created, changed, deleted or
 * renamed on disk. Each change re-checks the file and its true dependents in
 * the core's NetworkSession; diagnostics go to one collection for every
 * network document, open or not.
 */
export class WorkspaceNetworks implements NetworkService, vscode.Disposable {
  private loaded: Loaded[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly checkingChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeChecking = this.checkingChanged.event;
  /** The documents listed so far by the first check, while it runs. */
  private checkingDocuments: number | undefined;
  readonly firstSight: FirstSight;
  private firstLoad: Promise<void> | undefined;
  /** Bumped by every full load: a load overtaken by a newer one is dropped. */
  private generation = 0;
  /** Full loads under way: while any runs, disk events are also kept, to be replayed on the sessions it installs. */
  private loading = 0;
  /**
   * Disk events that came in while a full load ran. The load's listing may predate them (a branch switch
   * writes files while the folders are read), so they are applied again to the sessions it installs;
   * otherwise a file created or deleted meanwhile would be missed until the next full load.
   */
  private eventsDuringLoad: { uri: vscode.Uri; change: DiskChange }[] = [];
  /** Bumped by every event for a file: a disk read overtaken by a newer event is dropped. */
  private readonly fileVersions = new Map<string, number>();
  private readonly typing = new Map<string, NodeJS.Timeout>();
  /** A non-recursive watcher on each folder a loaded network is read from, by the folder's URI (watchNetworkFolders). */
  private readonly folderWatchers = new Map<string, vscode.Disposable>();
  private watching: Promise<void> = Promise.resolve();
  private reloadTimer: NodeJS.Timeout | undefined;
  private today = localToday();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    activated = Date.now(),
    private readonly watchFolder?: FolderWatch,
  ) {
    this.firstSight = { activated };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.changed,
      this.checkingChanged,
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri, 'created')),
      watcher.onDidChange((uri) => this.onDiskChange(uri, 'changed')),
      watcher.onDidDelete((uri) => this.onDiskChange(uri, 'deleted')),
      // A change with no content changes only flips the dirty flag (save, revert): nothing to re-check.
      vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && this.onEdit(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClose(document)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload('the workspace folders changed')),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('netgov.exclude')) this.scheduleReload('netgov.exclude changed');
        else if (event.affectsConfiguration('netgov.severityOverrides')) this.publishAll();
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    for (const timer of this.typing.values()) clearTimeout(timer);
    for (const watcher of this.folderWatchers.values()) watcher.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  ready(): Promise<void> {
    if (!this.firstLoad) {
      this.firstLoad = this.load();
      this.showFirstCheck(this.firstLoad);
    }
    return this.firstLoad;
  }

  /**
   * The first check reads every document (in bounded parallel batches, core/check.ts); on
   * github.dev each read goes over the network, so the window shows it is under way, and how
   * many documents it is checking, until the diagnostics are out.
   */
  private showFirstCheck(load: Promise<void>): void {
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'netgov' }, (progress) => {
      const listed = this.onDidChangeChecking(() => {
        const documents = this.checkingDocuments;
        if (documents !== undefined) progress.report({ message: `checking ${documents} document${documents === 1 ? '' : 's'}` });
      });
      return load.then(
        () => listed.dispose(),
        () => listed.dispose(),
      );
    });
  }

  /**
   * Edits still waiting for the typing to pause before they are checked. The extension-host tests wait
   * for none before they delete a file they edited (an edit applied after the deletion would bring the
   * document back until its editor closes).
   */
  pendingEdits(): number {
    return this.typing.size;
  }

  /**
   * Settles when netgov's own folder watchers for the networks last loaded are in place and have caught up
   * with what their folders hold (watchNetworkFolders). The extension-host tests wait for it before they
   * write where only those watchers look.
   */
  foldersWatched(): Promise<void> {
    return this.watching;
  }

  checking(): number | undefined {
    return this.checkingDocuments;
  }

  networks(): readonly NetworkEntry[] {
    return this.loaded.map((l) => l.entry);
  }

  lookup(uri: vscode.Uri): { entry: NetworkEntry; document: NetworkDocument | undefined } | undefined {
    const loaded = this.loadedFor(uri);
    return loaded && { entry: loaded.entry, document: loaded.session.network.get(uri.path) };
  }

  uriOf(entry: NetworkEntry, path: string): vscode.Uri {
    return entry.root.with({ path });
  }

  diagnosticsOf(uri: vscode.Uri): readonly Diagnostic[] {
    return this.loadedFor(uri)?.session.diagnostics().get(uri.path) ?? [];
  }

  async recheckAll(): Promise<void> {
    this.firstLoad = this.load();
    await this.firstLoad;
  }

  /** Finds the networks of every workspace folder and checks them whole. */
  private async load(): Promise<void> {
    this.loading++;
    try {
      await this.loadAll(++this.generation);
    } finally {
      this.loading--;
      if (this.loading === 0) this.eventsDuringLoad = [];
    }
  }

  private async loadAll(generation: number): Promise<void> {
    const started = Date.now();
    const today = localToday();
    const exclude = vscode.workspace.getConfiguration('netgov').get<string[]>('exclude') ?? [];
    const excluded = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
    const loaded: Loaded[] = [];
    const first = this.firstSight.published === undefined;
    let listed = 0;
    // Until the first check is done, the status bar says how many documents it is checking, as soon as they are listed.
    const onListed = (documents: number): void => {
      if (!first || generation !== this.generation) return;
      // The Network view appears at once, its progress bar showing until the check is done (its tree waits for ready()).
      if (listed === 0) void vscode.commands.executeCommand('setContext', 'netgov.hasNetwork', true);
      listed += documents;
      this.firstSight.listed ??= Date.now();
      this.checkingDocuments = listed;
      this.checkingChanged.fire();
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const workspace = new VscodeWorkspace(folder.uri);
      // The search for networks has read the folders the networks' documents are listed from: read each once.
      const listing = listingOnce(workspace);
      for (const root of await findNetworkRoots(listing, folder.uri.path, excluded)) {
        const session = await NetworkSession.open(listing, root, today, onListed);
        loaded.push({ entry: { root: folder.uri.with({ path: root }), network: session.network, checklist: session.checklist }, session, workspace });
      }
    }
    if (generation !== this.generation) {
      log().debug('a full check was overtaken by a newer one and dropped');
      return;
    }
    const documents = loaded.reduce((sum, l) => sum + l.session.network.size, 0);
    log().info(`checked ${loaded.length} network${loaded.length === 1 ? '' : 's'} (${documents} documents) in ${Date.now() - started} ms${loaded.length ? `: ${loaded.map((l) => l.entry.root.path).join(', ')}` : ''}`);
    this.today = today;
    this.loaded = loaded;
    this.watching = this.watchNetworkFolders().catch((error: unknown) => log().warn(`could not watch the network folders: ${String(error)}`));
    // What changed on disk while the folders were being read, on the sessions just installed.
    const missed = this.eventsDuringLoad;
    this.eventsDuringLoad = [];
    if (missed.length) log().debug(`${missed.length} file events came in while the folders were read; applying them again`);
    for (const { uri, change } of missed) this.onDiskChange(uri, change, false);
    // Open editors may hold unsaved changes: they, not the disk, are what the user sees.
    for (const document of vscode.workspace.textDocuments) if (document.isDirty) this.apply(document.uri, encoder.encode(document.getText()), false);
    if (first) {
      this.checkingDocuments = undefined;
      this.checkingChanged.fire();
    }
    // The diagnostics first: nothing else stands between the check and the Problems view.
    this.publishAll();
    if (first) {
      this.firstSight.documents = listed;
      this.firstSight.published ??= Date.now();
    }
    await vscode.commands.executeCommand('setContext', 'netgov.hasNetwork', loaded.length > 0);
  }

  /**
   * VS Code's recursive workspace watcher can miss a folder: one created with its contents at once (copied,
   * unpacked, checked out) may get no watch of its own, and then none of its files is ever reported (seen in
   * CI: a network copied in, its actions/ silent from then on); files.watcherExclude silences folders too.
   * VS Code's own non-recursive watchers do not help: inside the workspace they report only what
   * files.watcherExclude excludes. So where the platform has a watcher of its own (Node's, in the desktop host),
   * each folder a network is read from is watched with it too (only folders reached through plain folders:
   * nothing is read through a link). An event may then arrive twice; a second read of the same file changes
   * nothing. Folders no network needs any more are no longer watched.
   */
  private async watchNetworkFolders(): Promise<void> {
    const watchFolder = this.watchFolder;
    if (!watchFolder) return;
    const loaded = this.loaded;
    const wanted = new Map<string, vscode.Uri>();
    for (const { entry, session, workspace } of loaded) {
      const { layout, checklist } = session.network.config;
      for (const folder of await plainNetworkFolders(workspace, entry.root.path, layout, checklist)) {
        const uri = entry.root.with({ path: folder });
        wanted.set(uri.toString(), uri);
      }
    }
    // A newer full check installed other networks meanwhile: its own call watches their folders.
    if (loaded !== this.loaded) return;
    for (const [key, watcher] of this.folderWatchers) {
      if (wanted.has(key)) continue;
      watcher.dispose();
      this.folderWatchers.delete(key);
    }
    const added: vscode.Uri[] = [];
    for (const [key, uri] of wanted) {
      if (this.folderWatchers.has(key)) continue;
      const watcher = watchFolder(uri, (file) => void this.onFolderEvent(file));
      if (watcher) {
        this.folderWatchers.set(key, watcher);
        added.push(uri);
      }
    }
    // Watch first, then look: a file written after the folder was read and before its watcher began would
    // otherwise go unseen until the next full check. Files the network does not know are read now.
    for (const folder of added) await this.catchUp(folder);
  }

  /** Reads the files in a newly watched folder that the loaded network does not hold (written while it was being read). */
  private async catchUp(folder: vscode.Uri): Promise<void> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      return;
    }
    for (const [name, type] of entries) {
      if (type !== vscode.FileType.File) continue;
      const file = vscode.Uri.joinPath(folder, name);
      const loaded = this.loadedFor(file);
      if (loaded && loaded.session.covers(file.path) && loaded.session.network.get(file.path) === undefined) await this.onFolderEvent(file);
    }
  }

  /**
   * A file named by a folder watcher of netgov's own: the disk says what happened to it. A file there is
   * created or changed (as the network knows it or not); a document gone is deleted; folders are left to
   * the workspace watcher (a new one means a full check).
   */
  private async onFolderEvent(file: vscode.Uri): Promise<void> {
    log().trace(`folder watcher: ${file.path}`);
    const known = this.loadedFor(file)?.session.network.get(file.path) !== undefined;
    let type: vscode.FileType | undefined;
    try {
      type = (await vscode.workspace.fs.stat(file)).type;
    } catch {
      type = undefined;
    }
    if (type === undefined) {
      if (known) this.onDiskChange(file, 'deleted');
    } else if ((type & vscode.FileType.Directory) === 0) {
      this.onDiskChange(file, known ? 'changed' : 'created');
    }
  }

  private scheduleReload(reason: string): void {
    log().debug(`checking the whole workspace again: ${reason}`);
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.recheckAll(), this.debounceMs());
  }

  private onEdit(document: vscode.TextDocument): void {
    const loaded = this.loadedFor(document.uri);
    if (!loaded || !loaded.session.covers(document.uri.path)) return;
    const key = document.uri.toString();
    this.bump(key);
    clearTimeout(this.typing.get(key));
    this.typing.set(
      key,
      setTimeout(() => {
        this.typing.delete(key);
        this.apply(document.uri, encoder.encode(document.getText()));
      }, this.debounceMs()),
    );
  }

  /** A closed editor's unsaved changes are gone: the file on disk counts again. */
  private onClose(document: vscode.TextDocument): void {
    if (this.loadedFor(document.uri)?.session.covers(document.uri.path)) void this.readFromDisk(document.uri);
  }

  private onDiskChange(uri: vscode.Uri, change: DiskChange, live = true): void {
    log().trace(`${live ? 'disk' : 'replayed'}: ${change} ${uri.path}`);
    if (live && this.loading > 0) this.eventsDuringLoad.push({ uri, change });
    const name = posix.basename(uri.path);
    if (name === CONFIG_FILE || (name === CHARTER_FILE && change !== 'changed')) {
      this.scheduleReload(`${uri.path} ${change}`);
      return;
    }
    if (change === 'created') {
      // A folder made with its contents at once (copied, unpacked, checked out) may be reported as the folder
      // alone: the CHARTER.md inside it never gets an event of its own. A new folder may hold a network.
      void Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        (stat) => (stat.type & vscode.FileType.Directory) !== 0 && this.scheduleReload(`folder ${uri.path} created`),
        () => undefined,
      );
    }
    const loaded = this.loadedFor(uri);
    if (!loaded) return;
    if (uri.path === loaded.session.checklistPath) {
      // The network's own health checklist: read with the network, its problems among the network's diagnostics.
      this.scheduleReload(`the network's checklist ${uri.path} ${change}`);
      return;
    }
    if (change === 'deleted' && this.loaded.some((l) => `${l.entry.root.path}/`.startsWith(`${uri.path}/`) && l.entry.root.scheme === uri.scheme)) {
      // A deleted folder that held a whole network (VS Code may report only the folder).
      this.scheduleReload(`folder ${uri.path} deleted`);
      return;
    }
    if (change === 'deleted') {
      // A read from disk still under way (a file created, then deleted before the read finished)
      // must not bring the file back, though it is not a document yet.
      const deletedKey = uri.toString();
      const under = (key: string): boolean => key === deletedKey || key.startsWith(`${deletedKey}/`);
      for (const key of [...this.fileVersions.keys()].filter(under)) {
        clearTimeout(this.typing.get(key));
        this.typing.delete(key);
        this.bump(key);
      }
      // Under a burst of writes (a branch switch) the watcher may report a file deleted that is there:
      // believe the disk. What is there is read again (a folder: the whole network); what is gone goes,
      // unless a later event about it has come in meanwhile.
      const prefix = `${uri.path}/`;
      const versionsNow = new Map(
        [...loaded.session.network.documents]
          .filter((d) => d.path === uri.path || d.path.startsWith(prefix))
          .map((d) => [uri.with({ path: d.path }).toString(), this.fileVersions.get(uri.with({ path: d.path }).toString())] as const),
      );
      void Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        (stat) => {
          if ((stat.type & vscode.FileType.Directory) !== 0) this.scheduleReload(`folder ${uri.path} reported deleted, but it is there`);
          else this.readUnlessDirty(uri, loaded);
        },
        () => this.forget(loaded, versionsNow),
      );
      return;
    }
    this.readUnlessDirty(uri, loaded);
  }

  private readUnlessDirty(uri: vscode.Uri, loaded: Loaded): void {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty || !loaded.session.covers(uri.path)) return;
    void this.readFromDisk(uri);
  }

  /** Takes deleted documents out of the network: those (by key) with no newer event since the deletion was reported. */
  private forget(loaded: Loaded, versionsAtDeletion: ReadonlyMap<string, number | undefined>): void {
    for (const [key, version] of versionsAtDeletion) {
      if (this.fileVersions.get(key) !== version) continue;
      // A re-check still waiting for the typing to pause must not bring the document back.
      clearTimeout(this.typing.get(key));
      this.typing.delete(key);
      this.bump(key);
      this.publish(loaded, loaded.session.update(vscode.Uri.parse(key).path, undefined));
    }
    this.changed.fire();
  }

  private async readFromDisk(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const version = this.bump(key);
    const loaded = this.loadedFor(uri);
    if (!loaded) return;
    let bytes: Uint8Array | undefined;
    let size: number | undefined;
    try {
      bytes = await loaded.workspace.readFile(uri.path, loaded.session.network.config.limits.maxFileBytes);
    } catch (error) {
      // Too large: reported from its size. Otherwise it is gone (deleted or renamed away).
      if (error instanceof FileTooLargeError) [bytes, size] = [new Uint8Array(), error.size];
    }
    if (this.fileVersions.get(key) !== version) {
      log().trace(`read of ${uri.path} overtaken by a newer event: dropped`);
      return;
    }
    log().trace(`read ${uri.path}: ${bytes === undefined ? 'gone' : `${size ?? bytes.length} bytes`}`);
    this.apply(uri, bytes, true, size);
  }

  private apply(uri: vscode.Uri, bytes: Uint8Array | undefined, notify = true, size?: number): void {
    const loaded = this.loadedFor(uri);
    if (!loaded) return;
    if (localToday() !== this.today) {
      // Terms end and dates pass at midnight: check everything again.
      void this.recheckAll();
      return;
    }
    const affected = loaded.session.update(uri.path, bytes, size);
    if (!notify) return;
    this.publish(loaded, affected);
    this.changed.fire();
  }

  private publish(loaded: Loaded, paths: Iterable<string>): void {
    const overrides = severityOverrides();
    const diagnostics = loaded.session.diagnostics();
    for (const path of paths) {
      const converted = (diagnostics.get(path) ?? []).flatMap((d) => toVscodeDiagnostic(d, overrides) ?? []);
      this.collection.set(loaded.entry.root.with({ path }), converted);
    }
  }

  private publishAll(): void {
    this.collection.clear();
    for (const loaded of this.loaded) this.publish(loaded, loaded.session.diagnostics().keys());
    this.changed.fire();
  }

  private loadedFor(uri: vscode.Uri): Loaded | undefined {
    let best: Loaded | undefined;
    for (const loaded of this.loaded) {
      const root = loaded.entry.root;
      if (root.scheme !== uri.scheme || root.authority !== uri.authority) continue;
      if (uri.path === root.path || uri.path.startsWith(`${root.path}/`)) {
        // Nested networks: the innermost root owns the file.
        if (!best || root.path.length > best.entry.root.path.length) best = loaded;
      }
    }
    return best;
  }

  private bump(key: string): number {
    const version = (this.fileVersions.get(key) ?? 0) + 1;
    this.fileVersions.set(key, version);
    return version;
  }

  private debounceMs(): number {
    return vscode.workspace.getConfiguration('netgov').get<number>('debounceMs') ?? 250;
  }
}
