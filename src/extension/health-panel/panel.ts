import * as vscode from 'vscode';
import { describeError, log } from '../log';
import { localToday } from '../../core/views/dates';
import { networkName } from '../../core/views/outline';
import { renderHealthMain, renderHealthPage } from '../../webview/render/page';
import type { NetworkEntry, NetworkService } from '../network-service';
import { anonymisedIf, panelDataOf } from './data';
import { parsePanelMessage, type PanelState } from './messages';
import { areasOf } from '../../core/health/area';
import type { StateMessage, UpdateMessage } from '../../webview/protocol';


export const HEALTH_VIEW_TYPE = 'netgov.health';

/** Documents change in bursts (a save, a branch switch): redraw once they have settled. */
const UPDATE_DELAY_MS = 500;

/** What the panel did with a message, for the log and for tests. */
export type MessageOutcome = 'opened' | 're-dated' | 're-scoped' | 'anonymised' | 'named' | 'ready' | 'ignored';

/** The webview options every health panel has: scripts on, and only the extension's dist folder readable. */
export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')], retainContextWhenHidden: false, enableFindWidget: true };
}

/**
 * One network's health panel. It paints today's snapshot at once, then the
 * full trend, and redraws `#health-main` in place (keeping the reader's
 * scroll and focus) when the documents or the as-of date change. Messages
 * from the page are checked before anything acts on them. Anonymised (the
 * page's checkbox), it shows members as pseudonyms: the choice is the panel's
 * own, kept in its saved state.
 */
export class HealthPanel implements vscode.Disposable {
  private asOf: string | undefined;
  /** The area shown; undefined for the whole network. */
  private area: string | undefined;
  /** Members as pseudonyms (core/privacy/anonymise.ts) rather than named. */
  private anonymise: boolean;
  /** Whether the page's HTML, which the webview loads again whenever its tab comes back into view, was painted anonymised. */
  private paintedAnonymised = false;
  private generation = 0;
  private disposed = false;
  /** The last full picture posted, for a page that reloads after being hidden. */
  private latest: UpdateMessage | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The editor column evidence last opened in: the next piece of evidence opens there too. */
  private evidenceColumn: vscode.ViewColumn | undefined;
  private readonly closed = new vscode.EventEmitter<void>();
  /** Fires once when the panel closes. */
  readonly onDidClose = this.closed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly service: NetworkService,
    private readonly extensionUri: vscode.Uri,
    /** The network's root URI, as a string: the service replaces its entries as it re-reads them. */
    readonly root: string,
    asOf?: string,
    area?: string,
    anonymise = false,
  ) {
    this.asOf = asOf;
    this.area = area;
    this.anonymise = anonymise;
    panel.webview.options = panelOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'network.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message)),
      service.onDidChange(() => this.schedule()),
      panel.onDidChangeViewState(() => void this.repaintIfHidden().catch((error: unknown) => log().error('the health panel could not repaint:', describeError(error)))),
    );
  }

  /** The network the panel shows, as the service currently knows it. */
  entry(): NetworkEntry | undefined {
    return this.service.networks().find((entry) => entry.root.toString() === this.root);
  }

  /** The day shown: the picked date, else today. */
  day(): string {
    return this.asOf ?? localToday();
  }

  /** The area shown, when it is still one of the network's; undefined for the whole network. */
  areaShown(): string | undefined {
    const entry = this.entry();
    return this.area !== undefined && entry && areasOf(entry.network).some((area) => area.id === this.area) ? this.area : undefined;
  }

  /** The main part of the page as last posted to it (undefined until the first full measure): what a reader sees now. */
  shownMain(): string | undefined {
    return this.latest?.html;
  }

  /** True when the panel shows members as pseudonyms. */
  anonymised(): boolean {
    return this.anonymise;
  }

  state(): PanelState {
    return {
      root: this.root,
      ...(this.asOf === undefined ? {} : { asOf: this.asOf }),
      ...(this.area === undefined ? {} : { area: this.area }),
      ...(this.anonymise ? { anonymise: true as const } : {}),
    };
  }

  /** Paints the whole page with today's snapshot (quick), then posts the full trend. */
  async paint(): Promise<void> {
    const mine = ++this.generation;
    const entry = this.entry();
    if (!entry) {
      this.panel.webview.html = goneHtml();
      return;
    }
    this.panel.title = `Health: ${networkName(entry.network)}`;
    const today = localToday();
    const anonymise = this.anonymise;
    const quick = await anonymisedIf(entry, await panelDataOf(entry, this.day(), today, 0, this.areaShown()), anonymise);
    if (mine !== this.generation) return;
    this.latest = undefined;
    const webview = this.panel.webview;
    const nonce = newNonce();
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js')).toString();
    webview.html = renderHealthPage(quick, { mode: 'panel', nonce, cspSource: webview.cspSource, scriptUri, today, areas: areasOf(entry.network), locale: vscode.env.language, anonymised: anonymise });
    this.paintedAnonymised = anonymise;
    // Let the first picture reach the screen before the months of the trend are measured.
    await new Promise((done) => setTimeout(done, 0));
    await this.update(mine);
  }

  /** The problems `netgov check` finds in the network's own checklist file, as the editor holds them. */
  private checklistProblems(entry: NetworkEntry): { file: string; count: number } | undefined {
    const relative = entry.network.config.checklist;
    if (relative === undefined) return undefined;
    const uri = vscode.Uri.joinPath(entry.root, ...relative.split('/').filter((part) => part !== '' && part !== '.'));
    const count = this.service.diagnosticsOf(uri).filter((d) => d.code.startsWith('checklist.')).length;
    return count > 0 ? { file: relative, count } : undefined;
  }

  /** Measures again (with the full trend) and swaps the page's main part. */
  async update(generation = ++this.generation): Promise<void> {
    const entry = this.entry();
    if (!entry || this.disposed) return;
    const today = localToday();
    const anonymised = this.anonymise;
    const data = await anonymisedIf(entry, await panelDataOf(entry, this.day(), today, undefined, this.areaShown()), anonymised);
    if (generation !== this.generation || this.disposed) return;
    this.panel.title = `Health: ${networkName(entry.network)}`;
    const checklistProblems = this.checklistProblems(entry);
    const html = renderHealthMain(data, 'panel', vscode.env.language, { anonymised, ...(checklistProblems ? { checklistProblems } : {}) });
    this.latest = { type: 'update', html, asOf: data.report.asOf, area: data.report.area?.id ?? '', anonymised, today, state: this.state() };
    await this.panel.webview.postMessage(this.latest);
  }

  /**
   * Acts on one message from the page, after checking it: `open` only opens a
   * document of one of the workspace's networks, `asOf` only a real date not
   * after today, `area` only one of the network's areas (or '' for the whole
   * network), `anonymise` only true or false. Anything else is logged and ignored.
   */
  async handleMessage(message: unknown): Promise<MessageOutcome> {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready') {
      // The page loads again whenever the tab comes back into view (its context is not kept while hidden): give it the latest picture at once.
      await this.panel.webview.postMessage(this.latest ?? ({ type: 'state', state: this.state() } satisfies StateMessage));
      return 'ready';
    }
    const entry = this.entry();
    const parsed = parsePanelMessage(message, localToday(), entry ? areasOf(entry.network).map((area) => area.id) : []);
    if ('refused' in parsed) return ignored(parsed.refused);
    if (parsed.type === 'area') {
      this.area = parsed.area === '' ? undefined : parsed.area;
      await this.update();
      return 're-scoped';
    }
    if (parsed.type === 'anonymise') {
      this.anonymise = parsed.anonymise;
      await this.update();
      await this.repaintIfHidden();
      return parsed.anonymise ? 'anonymised' : 'named';
    }
    if (parsed.type === 'asOf') {
      this.asOf = parsed.date === localToday() ? undefined : parsed.date;
      await this.update();
      return 're-dated';
    }
    const uri = this.documentUri(parsed.file);
    if (!uri) return ignored(`open: ${parsed.file} is not a document of a network in this workspace`);
    const position = new vscode.Position(parsed.line, 0);
    // Beside the panel, so that the picture stays in view while the reader checks the evidence; always in the
    // same column (a second click must not split the window again), keeping the focus in the panel.
    const column = this.evidenceColumn !== undefined && this.evidenceColumn !== this.panel.viewColumn && vscode.window.visibleTextEditors.some((editor) => editor.viewColumn === this.evidenceColumn) ? this.evidenceColumn : vscode.ViewColumn.Beside;
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, selection: new vscode.Range(position, position), preview: true, preserveFocus: true });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.evidenceColumn = editor.viewColumn;
    return 'opened';
  }

  /**
   * A hidden page is dropped, and loads its HTML again when its tab comes back into view, before the
   * latest picture reaches it: paints that HTML again when it names members the reader has since
   * anonymised (or the other way round), while nobody sees it, so that coming back never shows a name.
   * A visible page is not repainted: that would lose the reader's place and focus.
   */
  private async repaintIfHidden(): Promise<void> {
    if (!this.disposed && !this.panel.visible && this.paintedAnonymised !== this.anonymise) await this.paint();
  }

  /** The URI of `path` when it is a document the service has read in one of the networks. */
  private documentUri(path: string): vscode.Uri | undefined {
    for (const entry of this.service.networks()) {
      const uri = this.service.uriOf(entry, path);
      const found = this.service.lookup(uri);
      if (found?.document && found.entry.root.toString() === entry.root.toString()) return uri;
    }
    return undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update().catch((error: unknown) => log().error('the health panel could not update:', describeError(error))), UPDATE_DELAY_MS);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.generation++;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.closed.fire();
    this.closed.dispose();
    this.panel.dispose();
  }
}

function ignored(reason: string): MessageOutcome {
  log().warn(`the health panel ignored a message (${reason})`);
  return 'ignored';
}

/** A restored panel whose network has gone from the workspace: a plain page that runs nothing. */
function goneHtml(): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"><title>Network health</title></head><body><p>This network is no longer in the workspace. Close this tab, or open another network's health with “Network: Show health”.</p></body></html>`;
}

/** A fresh nonce for the page's Content-Security-Policy, from Web Crypto (in Node and in the browser's web worker alike). */
function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
