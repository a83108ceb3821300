import type { Network } from '../network';
import { networkMinCount } from '../pulse/suppression';
import { isRealOrganisation } from '../model/organisations';

/**
 * Anonymised outputs (issue 16): members become stable pseudonyms ("Member 7"),
 * organisations with fewer members than the network's minimum (netgov.yml
 * `privacy.min_count`, never below MIN_COUNT) become "another organisation", and member-page paths are hidden. Pseudonyms are numbered in
 * the order of SHA-256(salt + id), the salt being the network's own name, so the
 * numbering follows neither the alphabet nor the order people joined, and two
 * networks number the same people differently. Web Crypto only: the core runs
 * in Node and in the browser alike.
 */

/** One member as the anonymiser knows them. */
export interface AnonymisedMember {
  readonly id: string;
  readonly pseudonym: string;
  /** "a member from <organisation>" or "a member from another organisation". */
  readonly role: string;
}

export interface Anonymiser {
  readonly members: readonly AnonymisedMember[];
  /** The pseudonym of a member id; undefined for an id that is not a member. */
  pseudonym(id: string): string | undefined;
  /** An organisation's name when at least the minimum of members belong to it, else "another organisation". */
  organisation(name: string): string;
  /** Free text with every member's name, id, handle and page path, and every small organisation, replaced. */
  text(value: string): string;
  /** True for a pseudonym ("Member 7"): what text() leaves of a member or their page, which no link may point at. */
  isPseudonym(value: string): boolean;
  /** A deep copy of a plain data model (objects, arrays, strings) with text() applied to every string and key. */
  model<T>(value: T): T;
}

export const ANOTHER_ORGANISATION = 'another organisation';

/** Hex SHA-256 of a string, through Web Crypto (`crypto.subtle`, Node 22+ and browsers). */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Input of the anonymiser: what it must hide for each member. */
export interface PersonToHide {
  readonly id: string;
  readonly path?: string;
  /** The page's path from the network's folder ("members/alison-reid.md"), as reports show it. */
  readonly relative?: string;
  readonly name?: string;
  readonly organisation?: string;
  readonly handles?: readonly string[];
}

/** The people of a network, read from its member pages. */
export function peopleOf(network: Network): PersonToHide[] {
  const people: PersonToHide[] = [];
  for (const document of network.ofKind('member').values()) {
    const data = document.data ?? {};
    const handles = data.handles;
    people.push({
      id: document.id,
      path: document.path,
      ...(document.path.startsWith(`${network.root}/`) ? { relative: document.path.slice(network.root.length + 1) } : {}),
      ...(typeof data.name === 'string' ? { name: data.name } : {}),
      ...(typeof data.organisation === 'string' ? { organisation: data.organisation } : {}),
      handles: handles !== null && typeof handles === 'object' ? Object.values(handles).filter((value): value is string => typeof value === 'string' && value.trim() !== '') : [],
    });
  }
  return people;
}

/** The salt of a network: its charter's name, else its folder's name. */
export function saltOf(network: Network): string {
  const name = network.charter?.data?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : (network.root.split('/').pop() ?? '');
}

/**
 * The anonymiser of a network; given several (the two sides of a change), of everyone on
 * any of them, salted with the first one's name, and holding organisations to the highest
 * minimum any of them sets (networkMinCount), so raising it on one side hides as much.
 */
export async function anonymiserFor(network: Network, ...others: readonly Network[]): Promise<Anonymiser> {
  const people = new Map<string, PersonToHide>();
  for (const one of [...others].reverse().concat(network)) for (const person of peopleOf(one)) people.set(person.id, person);
  return buildAnonymiser([...people.values()], saltOf(network), Math.max(...[network, ...others].map(networkMinCount)));
}

/** The anonymiser of these people; `min` is the fewest members an organisation may be named with (the network's minimum). */
export async function buildAnonymiser(people: readonly PersonToHide[], salt: string, min: number): Promise<Anonymiser> {
  const hashed = await Promise.all(people.map(async (person) => ({ person, hash: await sha256Hex(`${salt}\u0000${person.id}`) })));
  hashed.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.person.id < b.person.id ? -1 : 1));
  const sizes = new Map<string, number>();
  for (const person of people) {
    if (!isRealOrganisation(person.organisation)) continue;
    const key = person.organisation.trim();
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const organisation = (name: string): string => ((sizes.get(name.trim()) ?? 0) >= min ? name : ANOTHER_ORGANISATION);
  const members: AnonymisedMember[] = hashed.map(({ person }, index) => ({
    id: person.id,
    pseudonym: `Member ${index + 1}`,
    role: `a member from ${isRealOrganisation(person.organisation) ? organisation(person.organisation) : ANOTHER_ORGANISATION}`,
  }));
  const byId = new Map(members.map((member) => [member.id, member]));

  // Longest first, so "members/alison-reid.md" goes before "alison-reid" and a full name before a handle inside it.
  const replacements: Array<[string, string]> = [];
  for (const { person } of hashed) {
    const pseudonym = byId.get(person.id)!.pseudonym;
    if (person.path) replacements.push([person.path, pseudonym]);
    if (person.relative) replacements.push([person.relative, pseudonym]);
    if (person.name && person.name.trim() !== '') replacements.push([person.name.trim(), pseudonym]);
    for (const handle of person.handles ?? []) replacements.push([`@${handle}`, pseudonym], [handle, pseudonym]);
    replacements.push([person.id, pseudonym]);
  }
  for (const [name, size] of sizes) if (size < min) replacements.push([name, ANOTHER_ORGANISATION]);
  const unique = [...new Map(replacements.filter(([from]) => from.length >= 2).map((pair) => [pair[0].toLowerCase(), pair])).values()];
  unique.sort((a, b) => b[0].length - a[0].length);
  const pattern = unique.length === 0 ? undefined : new RegExp(unique.map(([from]) => bounded(from)).join('|'), 'giu');
  const lookup = new Map(unique.map(([from, to]) => [from.toLowerCase(), to]));
  const text = (value: string): string => (pattern === undefined ? value : value.replace(pattern, (found) => lookup.get(found.toLowerCase()) ?? found));
  const model = <T>(value: T): T => deep(value, text) as T;
  const pseudonyms = new Set(members.map((member) => member.pseudonym));
  return { members, pseudonym: (id) => byId.get(id)?.pseudonym, organisation, text, model, isPseudonym: (value) => pseudonyms.has(value) };
}

/** A pattern for a literal that does not match inside a longer word or id ("ann" in "planning", "sam" in "sam-jones-2"). */
function bounded(literal: string): string {
  const escaped = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`;
}

function deep(value: unknown, text: (value: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((item) => deep(item, text));
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [deep(key, text), deep(item, text)]));
  if (value !== null && typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[text(key)] = deep(item, text);
    return out;
  }
  return value;
}
