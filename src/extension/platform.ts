import * as vscode from 'vscode';
import { TABLE_READERS, TableInputError, type TableReader } from '../core/text/table';
import type { NetworkService } from './network-service';
import { ProposalOffers, registerProposalOffers } from './git/proposal-offers';

/**
 * What differs between the desktop extension host (Node) and the web worker
 * extension host (vscode.dev, github.dev): only what needs git or a local
 * process. Everything else (checks, authoring aids, the Network view, the
 * health panel, the creation commands) reads and writes through VS Code and
 * is the same on both (activate.ts).
 */
export interface Platform {
  /** 'desktop' in the Node extension host, 'web' in the browser's web worker host. */
  readonly kind: 'desktop' | 'web';
  /** The offer to put a written proposal on a branch: it listens for saves only where VS Code's Git extension can be. */
  proposalOffers(context: vscode.ExtensionContext, service: NetworkService): ProposalOffers;
  /** The commands that need git or a local process, or undefined when they run here. */
  readonly desktopOnly: ReadonlyMap<string, string> | undefined;
  /** What "Import members" reads: CSV everywhere, and .xlsx in the desktop host (its reader stays out of the web bundle). */
  readonly tableReaders: readonly TableReader[];
  /**
   * A watcher of one folder's files apart from VS Code's (WorkspaceNetworks.watchNetworkFolders), in the
   * desktop host (Node's fs.watch); undefined where there is none (the browser), or for a folder it cannot watch.
   */
  readonly watchFolder?: FolderWatch;
}

/** Calls `onEvent` with each file in `folder` that something happened to, until disposed; undefined when it cannot watch it. */
export type FolderWatch = (folder: vscode.Uri, onEvent: (file: vscode.Uri) => void) => vscode.Disposable | undefined;

/**
 * The desktop platform but the table readers, which platform-desktop.ts adds: this
 * file is in the web bundle too, and the .xlsx reader (exceljs) must not be.
 */
export const desktopPlatformBase: Omit<Platform, 'tableReaders'> = {
  kind: 'desktop',
  proposalOffers: (context, service) => registerProposalOffers(context, service),
  desktopOnly: undefined,
};

/** The commands that need VS Code's Git extension, which the browser does not have, and what each would do. */
const GIT_COMMANDS = new Map([
  ['netgov.proposeOnBranch', 'Putting a proposal on a branch'],
  ['netgov.compareWithBranch', 'Comparing health with a branch'],
]);

export const webPlatform: Platform = {
  kind: 'web',
  // Created (the tests and the commands use it) but never listening: there is no local git to commit to.
  proposalOffers: (context, service) => {
    const offers = new ProposalOffers(service);
    context.subscriptions.push(offers);
    return offers;
  },
  desktopOnly: GIT_COMMANDS,
  tableReaders: [...TABLE_READERS, xlsxInTheBrowser()],
};

/** In the browser, a .xlsx roster: the reader is not here (exceljs is built for Node), so say where it is. */
function xlsxInTheBrowser(): TableReader {
  return {
    format: 'Excel workbook',
    extensions: ['.xlsx'],
    read(_bytes, file) {
      throw new TableInputError(
        `${file}: reading an Excel workbook needs desktop VS Code or the netgov command line (netgov import members), not the browser (vscode.dev, github.dev); here, save or download the sheet as "CSV UTF-8" and import that`,
      );
    },
  };
}

/** What a desktop-only command says in the browser, instead of failing. */
export function needsDesktopMessage(what: string): string {
  return `netgov: ${what} needs git on this machine, so it works only in desktop VS Code, not in the browser (vscode.dev, github.dev). Open the repository in desktop VS Code to use it; the checks, the Network view and the health panel work here.`;
}

/** Shows {@link needsDesktopMessage} for `command`'s feature. */
export async function showNeedsDesktop(what: string): Promise<undefined> {
  await vscode.window.showWarningMessage(needsDesktopMessage(what));
  return undefined;
}
