import type { NetworkDocument } from './document';
import { areaHistory } from './model/areas';
import { seatDeclarations } from './model/charter-leadership';
import { group, text, textList } from './model/fields';
import { memberRecord, purposeRecord } from './model/records';
import { resolveLocalLink } from './model/links';
import { LEAD_ROLES } from './rules/roles';
import { referencesIn, type IdReference } from './rules/references';
import { MEMBER_REFERENCE_FIELDS } from './rules/ref-unknown-member';
import type { Network } from './network';

/**
 * What one document tells the others, and what it reads from them, as keys.
 * When a document changes, the keys whose facts changed name the documents
 * that must be checked again: deleting a member re-checks exactly the actions
 * and meetings that name them. Keys mirror what the rules in rules/ read; a
 * test compares incremental updates against full checks to keep them honest.
 */

/** Facts a document provides, each with a fingerprint that changes when the fact does. */
export function providedFacts(document: NetworkDocument | undefined): Map<string, string> {
  const facts = new Map<string, string>();
  if (!document || document.kind === 'config') return facts;
  facts.set(`file:${document.path}`, '');
  facts.set(`idcase:${document.kind}:${document.id.toLowerCase()}`, document.id);
  const data = document.data;
  switch (document.kind) {
    case 'member': {
      facts.set(`member:${document.id}`, '');
      // Each lead term's start and end, and the day its holder left: role.term-expired and role.seat-vacant count who holds a role on a day.
      const member = memberRecord(document);
      const left = member.left ?? '';
      const starts = new Map<string, string[]>();
      for (const role of member.roles) {
        if (!LEAD_ROLES.has(role.role) || role.from === undefined) continue;
        const key = `leadterms:${role.role}|${role.area ?? ''}`;
        starts.set(key, [...(starts.get(key) ?? []), `${role.from}/${role.until ?? ''}/${left}`]);
      }
      for (const [key, list] of starts) facts.set(key, list.sort().join(','));
      break;
    }
    case 'action': {
      const decision = group(data, 'decision');
      // Whether the frontmatter could be read at all is part of the fact: decision.mismatch says nothing
      // of an unreadable action, and "no decision" fingerprints the same as "no frontmatter" (found by test/fuzz).
      facts.set(`action:${document.id}`, JSON.stringify([data !== undefined, text(decision, 'via'), text(decision, 'date')]));
      break;
    }
    case 'meeting':
      facts.set(`meeting:${document.id}`, JSON.stringify([data !== undefined, textList(data, 'decisions').map((d) => d.value), text(data, 'date')]));
      break;
    case 'purpose':
      facts.set('purpose', '');
      for (const { id } of purposeRecord(document).outcomes) facts.set(`outcome:${id}`, '');
      break;
    case 'charter':
      // Areas, the term limit and whether pull requests decide shape the checks of nearly every document; the charter rarely changes.
      facts.set('charter', JSON.stringify([data?.areas, data?.leadership, data?.seats, group(data, 'decisions')?.pull_requests]));
      break;
  }
  return facts;
}

/**
 * Keys of the facts a document's checks read from other documents. A reference
 * to an id that does not exist also reads `kind:*`, the set of ids of that
 * kind: its "did you mean" changes whenever a document of the kind comes or goes.
 */
export function readFacts(document: NetworkDocument | undefined, network: Network): Set<string> {
  const keys = new Set<string>();
  if (!document || document.kind === 'config' || !document.data) return keys;
  keys.add(`idcase:${document.kind}:${document.id.toLowerCase()}`);
  for (const link of document.body.links) {
    const target = resolveLocalLink(document.path, link.url);
    if (target !== undefined) keys.add(`file:${target}`);
  }
  switch (document.kind) {
    case 'member':
      keys.add('charter');
      for (const role of memberRecord(document).roles) if (LEAD_ROLES.has(role.role)) leadTermKeys(keys, network, role.role, role.area);
      break;
    case 'action':
      keys.add('charter').add('purpose');
      reads(keys, 'member', referencesIn(document, MEMBER_REFERENCE_FIELDS.action), network.idsOf('member'));
      reads(keys, 'outcome', referencesIn(document, ['outcomes']), network.outcomeIds);
      reads(keys, 'meeting', referencesIn(document, ['decision.via']), network.idsOf('meeting'));
      break;
    case 'charter':
      // role.seat-vacant counts the holders of every role whose seats the charter declares.
      for (const seat of seatDeclarations(document.data)) leadTermKeys(keys, network, seat.role, seat.area);
      break;
    case 'meeting':
      keys.add('charter');
      reads(keys, 'member', referencesIn(document, MEMBER_REFERENCE_FIELDS.meeting), network.idsOf('member'));
      reads(keys, 'action', referencesIn(document, ['decisions']), network.idsOf('action'));
      break;
  }
  return keys;
}

/** The lead terms of a role in an area, under every id that counts for the area (an old id renamed to it, or the id it was renamed to). */
function leadTermKeys(keys: Set<string>, network: Network, role: string, area: string | undefined): void {
  for (const id of area === undefined ? [''] : areaHistory(network).aliases(area)) keys.add(`leadterms:${role}|${id}`);
}

function reads(keys: Set<string>, kind: string, references: readonly IdReference[], known: ReadonlySet<string>): void {
  for (const reference of references) {
    keys.add(`${kind}:${reference.id}`);
    if (!known.has(reference.id)) keys.add(`${kind}:*`);
  }
}

/** Kinds of fact whose coming and going changes the set of ids that unknown references are matched against. */
const ID_SETS = new Set(['member', 'action', 'meeting', 'outcome']);

/** The keys whose facts differ between two versions of a document (added, removed or changed). */
export function changedFacts(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = new Set<string>();
  const appeared = (key: string): void => {
    changed.add(key);
    const kind = key.slice(0, key.indexOf(':'));
    if (ID_SETS.has(kind)) changed.add(`${kind}:*`);
  };
  for (const [key, value] of before) {
    if (!after.has(key)) appeared(key);
    else if (after.get(key) !== value) changed.add(key);
  }
  for (const key of after.keys()) if (!before.has(key)) appeared(key);
  return [...changed];
}

/** Which documents read which facts: the reverse of readFacts, kept per network. */
export class DependencyIndex {
  private readonly readers = new Map<string, Set<string>>();
  private readonly readsOf = new Map<string, Set<string>>();

  /** Records what a document (by path) now reads, replacing what it read before. */
  set(path: string, keys: Set<string>): void {
    this.delete(path);
    this.readsOf.set(path, keys);
    for (const key of keys) {
      let paths = this.readers.get(key);
      if (!paths) this.readers.set(key, (paths = new Set()));
      paths.add(path);
    }
  }

  delete(path: string): void {
    for (const key of this.readsOf.get(path) ?? []) this.readers.get(key)?.delete(path);
    this.readsOf.delete(path);
  }

  /** Documents that read any of the keys. */
  readersOf(keys: Iterable<string>): Set<string> {
    const paths = new Set<string>();
    for (const key of keys) for (const path of this.readers.get(key) ?? []) paths.add(path);
    return paths;
  }
}
