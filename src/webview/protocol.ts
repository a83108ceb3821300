// The health panel's messages, both ways: the one definition the extension
// (src/extension/health-panel) and the page script (src/webview/client) share,
// as vscode-eslint shares one protocol file between client and server. What the
// page sends is still checked before anything acts on it (messages.ts): the
// page shows document text, so its messages are untrusted input.

/** What the page sends the extension. */
export type PanelMessage =
  /** Open a document at a line (evidence, a member in the graph). */
  | { readonly type: 'open'; readonly file: string; readonly line: number }
  /** Show the network as it was on a day (YYYY-MM-DD). */
  | { readonly type: 'asOf'; readonly date: string }
  /** An area's id, or '' for the whole network. */
  | { readonly type: 'area'; readonly area: string }
  /** Members as pseudonyms in the panel (core/privacy/anonymise.ts), or named again. */
  | { readonly type: 'anonymise'; readonly anonymise: boolean };

/** The page has loaded (again: it reloads whenever its tab comes back into view) and wants the latest picture. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** What the panel keeps for VS Code to hand back after a restart: the network, the day and the area shown. */
export interface PanelState {
  /** The network's root URI, as a string. */
  readonly root: string;
  /** The as-of date picked; absent means today. */
  readonly asOf?: string;
  /** The area picked; absent means the whole network. Checked against the network's areas when the panel draws. */
  readonly area?: string;
  /** True when the panel shows members as pseudonyms; absent means named. */
  readonly anonymise?: true;
}

/** What the extension sends the page: a new picture to swap in, and the state to keep. */
export interface UpdateMessage {
  readonly type: 'update';
  /** The inside of the page's main landmark, rendered with every document text escaped. */
  readonly html: string;
  readonly asOf: string;
  /** The area shown; '' for the whole network. */
  readonly area: string;
  /** Members shown as pseudonyms. */
  readonly anonymised: boolean;
  readonly today: string;
  readonly state: PanelState;
}

/** Before the first picture: only the state to keep. */
export interface StateMessage {
  readonly type: 'state';
  readonly state: PanelState;
}

export type HostMessage = UpdateMessage | StateMessage;
