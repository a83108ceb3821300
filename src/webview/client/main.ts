// The health panel's script, bundled into dist/webview.js and loaded by the
// page with the CSP nonce. It only forwards clicks, the as-of date, the area and the Anonymise choice to the
// extension (which checks every message) and swaps in the HTML the extension
// renders, all of whose document text is escaped by construction.

import type { PanelMessage, ReadyMessage, UpdateMessage } from '../protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** Every message the page sends, typed by the protocol the extension checks them against. */
function post(message: PanelMessage | ReadyMessage): void {
  vscode.postMessage(message);
}

const vscode = acquireVsCodeApi();

// A module, so that its names stay out of the page's globals (window.opener).
export {};

/** Something in the page that opens a document: an evidence button or a member in the graph. */
function opener(target: EventTarget | null): HTMLElement | SVGElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const found = target.closest('button.source[data-file], .graph-node[data-file]');
  return found instanceof HTMLElement || found instanceof SVGElement ? found : undefined;
}

function open(element: HTMLElement | SVGElement): void {
  const line = Number(element.dataset.line ?? '0');
  post({ type: 'open', file: element.dataset.file ?? '', line: Number.isSafeInteger(line) && line >= 0 ? line : 0 });
}

document.addEventListener('click', (event) => {
  const element = opener(event.target);
  if (element) {
    event.preventDefault();
    open(element);
    return;
  }
  // In-page links (the skip link): move focus as well as the view, as a browser would.
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  const id = link?.getAttribute('href')?.slice(1);
  const destination = id ? document.getElementById(id) : null;
  if (destination) {
    event.preventDefault();
    destination.scrollIntoView();
    if (!destination.hasAttribute('tabindex')) destination.setAttribute('tabindex', '-1');
    destination.focus({ preventScroll: true });
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const element = opener(event.target);
  if (!element) return;
  event.preventDefault();
  open(element);
});

const picker = document.getElementById('as-of');
if (picker instanceof HTMLInputElement) {
  picker.addEventListener('change', () => {
    // An unfinished date typed by hand reads as '': wait for a whole one.
    if (/^\d{4}-\d{2}-\d{2}$/.test(picker.value)) post({ type: 'asOf', date: picker.value });
  });
}

// The graph's filters: classes on the drawing show one kind of tie and hide the weaker ties (styles in sections/graph.ts);
// no message to the host. Delegated, so that they still work after the panel's content is replaced.
document.addEventListener('change', (event) => {
  const select = event.target;
  if (select instanceof HTMLSelectElement && (select.id === 'graph-strength' || select.id === 'graph-kind')) applyGraphFilters();
});

/** Sets the drawing's classes from the graph's two selects. */
function applyGraphFilters(): void {
  const drawing = document.querySelector('#graph .graph-svg');
  if (!drawing) return;
  const strength = document.getElementById('graph-strength');
  const kind = document.getElementById('graph-kind');
  drawing.classList.remove('min-2', 'min-3', 'show-work', 'show-meetings');
  if (strength instanceof HTMLSelectElement && (strength.value === '2' || strength.value === '3')) drawing.classList.add(`min-${strength.value}`);
  if (kind instanceof HTMLSelectElement && (kind.value === 'work' || kind.value === 'meetings')) drawing.classList.add(`show-${kind.value}`);
}

/** The graph's select values, to keep across a redraw. */
function graphFilterValues(): Map<string, string> {
  const values = new Map<string, string>();
  for (const id of ['graph-strength', 'graph-kind']) {
    const select = document.getElementById(id);
    if (select instanceof HTMLSelectElement) values.set(id, select.value);
  }
  return values;
}

const areaPicker = document.getElementById('area');
if (areaPicker instanceof HTMLSelectElement) {
  areaPicker.addEventListener('change', () => post({ type: 'area', area: areaPicker.value }));
}

const anonymiseBox = document.getElementById('anonymise');
if (anonymiseBox instanceof HTMLInputElement) {
  anonymiseBox.addEventListener('change', () => post({ type: 'anonymise', anonymise: anonymiseBox.checked }));
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  const { type } = message as { type?: unknown };
  if (type === 'state') vscode.setState((message as { state: unknown }).state);
  else if (type === 'update') update(message as UpdateMessage);
});

/** Swaps in new HTML for #health-main, keeping where the reader was: scroll, focus and selected text. */
function update(message: UpdateMessage): void {
  const main = document.getElementById('health-main');
  if (!main || typeof message.html !== 'string') return;
  const scroll = { x: window.scrollX, y: window.scrollY };
  const focus = focusKey(document.activeElement);
  const selection = saveSelection(main);
  const filters = graphFilterValues();
  main.innerHTML = message.html;
  // The graph shows the same ties as before the redraw (an edit or a new day does not reset the reader's choice).
  for (const [id, value] of filters) {
    const select = document.getElementById(id);
    if (select instanceof HTMLSelectElement && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  applyGraphFilters();
  window.scrollTo(scroll.x, scroll.y);
  if (focus) findByKey(main, focus)?.focus({ preventScroll: true });
  if (selection) restoreSelection(main, selection);
  if (picker instanceof HTMLInputElement) {
    if (document.activeElement !== picker) picker.value = message.asOf;
    picker.max = message.today;
  }
  if (areaPicker instanceof HTMLSelectElement && document.activeElement !== areaPicker && typeof message.area === 'string') areaPicker.value = message.area;
  // The box shows what the page shows, even while focused: a page named after a box ticked would mislead.
  if (anonymiseBox instanceof HTMLInputElement && typeof message.anonymised === 'boolean') anonymiseBox.checked = message.anonymised;
  vscode.setState(message.state);
}

type FocusKey = { readonly id: string } | { readonly file: string; readonly line: string; readonly kind: string };

function focusKey(element: Element | null): FocusKey | undefined {
  if (!(element instanceof HTMLElement || element instanceof SVGElement)) return undefined;
  if (element.dataset.file !== undefined) return { file: element.dataset.file, line: element.dataset.line ?? '', kind: element.tagName };
  return element.id ? { id: element.id } : undefined;
}

function findByKey(main: HTMLElement, key: FocusKey): HTMLElement | SVGElement | undefined {
  if ('id' in key) {
    const found = document.getElementById(key.id);
    return found ?? undefined;
  }
  for (const candidate of main.querySelectorAll<HTMLElement | SVGElement>('[data-file]')) {
    if (candidate.dataset.file === key.file && candidate.dataset.line === key.line && candidate.tagName === key.kind) return candidate;
  }
  return undefined;
}

/** A point in the page as the path of child indices from #health-main, which survives an identical re-render. */
interface SavedPoint {
  readonly path: readonly number[];
  readonly offset: number;
}

function saveSelection(main: HTMLElement): { anchor: SavedPoint; focus: SavedPoint } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return undefined;
  const anchor = pathOf(main, selection.anchorNode);
  const focus = pathOf(main, selection.focusNode);
  return anchor && focus ? { anchor: { path: anchor, offset: selection.anchorOffset }, focus: { path: focus, offset: selection.focusOffset } } : undefined;
}

function pathOf(main: HTMLElement, node: Node): number[] | undefined {
  const path: number[] = [];
  for (let current: Node | null = node; current !== main; current = current.parentNode) {
    if (!current?.parentNode) return undefined;
    path.unshift(Array.prototype.indexOf.call(current.parentNode.childNodes, current) as number);
  }
  return path;
}

function restoreSelection(main: HTMLElement, saved: { anchor: SavedPoint; focus: SavedPoint }): void {
  const anchor = nodeAt(main, saved.anchor);
  const focus = nodeAt(main, saved.focus);
  if (anchor && focus) window.getSelection()?.setBaseAndExtent(anchor, saved.anchor.offset, focus, saved.focus.offset);
}

function nodeAt(main: HTMLElement, point: SavedPoint): Node | undefined {
  let node: Node | undefined = main;
  for (const index of point.path) node = node?.childNodes[index];
  if (!node) return undefined;
  const length = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').length : node.childNodes.length;
  return point.offset <= length ? node : undefined;
}

post({ type: 'ready' });
