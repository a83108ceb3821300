import type { NetworkDocument } from './document';
import type { NetworkConfig } from './config';
import type { DocumentKind } from './model/kinds';
import { groupList, text } from './model/fields';

/**
 * The documents of one network and the lookups the cross-document rules need
 * (member ids, outcome ids, areas...). Lookups are derived on first use and
 * dropped when a document changes, so the editor can update one file cheaply.
 */
export class Network {
  private readonly byPath = new Map<string, NetworkDocument>();
  private derived: Derived | undefined;

  constructor(
    readonly root: string,
    readonly config: NetworkConfig,
  ) {}

  set(document: NetworkDocument): void {
    this.byPath.set(document.path, document);
    this.derived = undefined;
  }

  delete(path: string): void {
    if (this.byPath.delete(path)) this.derived = undefined;
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
    return this.lookups().charter;
  }

  get purpose(): NetworkDocument | undefined {
    return this.lookups().purpose;
  }

  /** Documents of a kind by id. */
  ofKind(kind: DocumentKind): ReadonlyMap<string, NetworkDocument> {
    return this.lookups().byKind.get(kind) ?? new Map();
  }

  /** Ids of the documents of a kind. */
  idsOf(kind: DocumentKind): ReadonlySet<string> {
    const lookups = this.lookups();
    let ids = lookups.ids.get(kind);
    if (!ids) lookups.ids.set(kind, (ids = new Set(this.ofKind(kind).keys())));
    return ids;
  }

  /** Outcome ids declared in the purpose document. */
  get outcomeIds(): ReadonlySet<string> {
    return this.lookups().outcomes;
  }

  /** Area ids declared in the charter, or undefined when the charter lists none (then any area is accepted). */
  get areaIds(): ReadonlySet<string> | undefined {
    return this.lookups().areas;
  }

  /**
   * A value derived from the whole network (e.g. who has led each area), computed
   * once and kept until a document changes. Rules use it to stay linear.
   */
  memo<T>(key: string, compute: (network: Network) => T): T {
    const cache = this.lookups().memos;
    if (!cache.has(key)) cache.set(key, compute(this));
    return cache.get(key) as T;
  }

  private lookups(): Derived {
    this.derived ??= derive(this.byPath.values());
    return this.derived;
  }
}

interface Derived {
  readonly charter: NetworkDocument | undefined;
  readonly purpose: NetworkDocument | undefined;
  readonly byKind: Map<DocumentKind, Map<string, NetworkDocument>>;
  readonly outcomes: Set<string>;
  readonly areas: Set<string> | undefined;
  readonly ids: Map<DocumentKind, Set<string>>;
  readonly memos: Map<string, unknown>;
}

function derive(documents: Iterable<NetworkDocument>): Derived {
  const byKind = new Map<DocumentKind, Map<string, NetworkDocument>>();
  for (const document of documents) {
    if (document.kind === 'config') continue;
    let ids = byKind.get(document.kind);
    if (!ids) byKind.set(document.kind, (ids = new Map()));
    ids.set(document.id, document);
  }
  const charter = byKind.get('charter')?.get('charter');
  const purpose = byKind.get('purpose')?.get('purpose');
  const outcomes = new Set(groupList(purpose?.data, 'outcomes').flatMap(({ value }) => (text(value, 'id') ? [text(value, 'id')!] : [])));
  const areaList = Array.isArray(charter?.data?.areas) ? groupList(charter?.data, 'areas') : undefined;
  const areas = areaList ? new Set(areaList.flatMap(({ value }) => (text(value, 'id') ? [text(value, 'id')!] : []))) : undefined;
  return { charter, purpose, byKind, outcomes, areas, ids: new Map(), memos: new Map() };
}
