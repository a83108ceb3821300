import type { NetworkDocument } from './document';
import type { NetworkConfig } from './config';
import type { DocumentKind } from './model/kinds';
import { idsInList } from './model/fields';

/**
 * The documents of one network and the lookups the cross-document rules need
 * (member ids, outcome ids, areas...). Documents by kind and id are kept up to
 * date on every change; lookups derived from a kind (outcomes from the purpose,
 * lead terms from the members) are dropped only when a document of that kind
 * changes. So an edit to an action costs the same in a network of ten actions
 * as in one of ten thousand.
 */
export class Network {
  private readonly byPath = new Map<string, NetworkDocument>();
  private readonly byKind = new Map<DocumentKind, Map<string, NetworkDocument>>();
  private readonly ids = new Map<DocumentKind, Set<string>>();
  /** Ids by kind and lower-case form: two ids there clash on Windows and macOS. */
  private readonly folded = new Map<string, Set<string>>();
  private readonly memos = new Map<string, { readonly kinds: readonly DocumentKind[]; readonly value: unknown }>();

  constructor(
    readonly root: string,
    readonly config: NetworkConfig,
  ) {}

  set(document: NetworkDocument): void {
    const previous = this.byPath.get(document.path);
    if (previous) this.unindex(previous);
    this.byPath.set(document.path, document);
    if (document.kind === 'config') return;
    this.kindMap(document.kind).set(document.id, document);
    this.idSet(document.kind).add(document.id);
    const key = foldKey(document);
    this.folded.set(key, (this.folded.get(key) ?? new Set()).add(document.id));
    this.invalidate(document.kind);
  }

  delete(path: string): void {
    const previous = this.byPath.get(path);
    if (!previous) return;
    this.byPath.delete(path);
    this.unindex(previous);
  }

  get(path: string): NetworkDocument | undefined {
    return this.byPath.get(path);
  }

  get documents(): IterableIterator<NetworkDocument> {
    return this.byPath.values();
  }

  get size(): number {
    return this.byPath.size;
  }

  get charter(): NetworkDocument | undefined {
    return this.ofKind('charter').get('charter');
  }

  get purpose(): NetworkDocument | undefined {
    return this.ofKind('purpose').get('purpose');
  }

  /** Documents of a kind by id. */
  ofKind(kind: DocumentKind): ReadonlyMap<string, NetworkDocument> {
    return this.byKind.get(kind) ?? EMPTY;
  }

  /** Ids of the documents of a kind. */
  idsOf(kind: DocumentKind): ReadonlySet<string> {
    return this.idSet(kind);
  }

  /** Other ids of the same kind that differ from this one only in capitals. */
  caseClashes(document: NetworkDocument): string[] {
    return [...(this.folded.get(foldKey(document)) ?? [])].filter((id) => id !== document.id);
  }

  /** Outcome ids declared in the purpose document. */
  get outcomeIds(): ReadonlySet<string> {
    return this.memo('outcome-ids', ['purpose'], (network) => new Set(idsInList(network.purpose?.data, 'outcomes')));
  }

  /** Area ids declared in the charter, or undefined when the charter lists none (then any area is accepted). */
  get areaIds(): ReadonlySet<string> | undefined {
    return this.memo('area-ids', ['charter'], (network) => (Array.isArray(network.charter?.data?.areas) ? new Set(idsInList(network.charter?.data, 'areas')) : undefined));
  }

  /**
   * A value derived from the documents of some kinds (e.g. who has led each
   * area, from the members), computed once and kept until a document of one of
   * those kinds changes. Rules use it to stay linear in the network's size.
   */
  memo<T>(key: string, kinds: readonly DocumentKind[], compute: (network: Network) => T): T {
    const cached = this.memos.get(key);
    if (cached) return cached.value as T;
    const value = compute(this);
    this.memos.set(key, { kinds, value });
    return value;
  }

  private unindex(document: NetworkDocument): void {
    if (document.kind === 'config') return;
    const byId = this.byKind.get(document.kind);
    if (byId?.get(document.id) === document) {
      byId.delete(document.id);
      this.ids.get(document.kind)?.delete(document.id);
      this.folded.get(foldKey(document))?.delete(document.id);
    }
    this.invalidate(document.kind);
  }

  private invalidate(kind: DocumentKind): void {
    for (const [key, memo] of this.memos) if (memo.kinds.includes(kind)) this.memos.delete(key);
  }

  private kindMap(kind: DocumentKind): Map<string, NetworkDocument> {
    let map = this.byKind.get(kind);
    if (!map) this.byKind.set(kind, (map = new Map()));
    return map;
  }

  private idSet(kind: DocumentKind): Set<string> {
    let set = this.ids.get(kind);
    if (!set) this.ids.set(kind, (set = new Set()));
    return set;
  }
}

const EMPTY: ReadonlyMap<string, NetworkDocument> = new Map();

function foldKey(document: NetworkDocument): string {
  return `${document.kind}:${document.id.toLowerCase()}`;
}
