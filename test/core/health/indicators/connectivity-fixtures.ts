/**
 * Small collaboration networks for the connectivity and connection tests:
 * members, meetings and actions written from short specs.
 */
import { md } from '../../network-builder';
import { charterWith, memberPage } from '../health-fixtures';

const list = (key: string, ids: readonly string[]): string[] => (ids.length === 0 ? [] : [`${key}:`, ...ids.map((id) => `  - ${id}`)]);

export interface MemberSpec {
  readonly name: string;
  readonly joined?: string;
  /** Extra frontmatter lines: roles, interests, organisation... */
  readonly extra?: readonly string[];
}

/** A lead-type role held from `from` to `until`. */
export function role(role: string, from: string, until = '2027-12-31', area?: string): string[] {
  return ['roles:', `  - role: ${role}`, ...(area ? [`    area: ${area}`] : []), `    from: ${from}`, `    until: ${until}`];
}

export function meeting(date: string, attendees: readonly string[]): Record<string, string> {
  return { [`meetings/${date}-meeting.md`]: md([`date: ${date}`, 'type: workstream', ...list('attendees', attendees)]) };
}

export interface ActionSpec {
  readonly id: string;
  readonly proposed: string;
  readonly owners: readonly string[];
  readonly contributors?: readonly string[];
  readonly area?: string;
  readonly outcomes?: readonly string[];
}

export function action(spec: ActionSpec): Record<string, string> {
  return {
    [`actions/${spec.id}.md`]: md([
      `title: ${spec.id}`,
      'status: proposed',
      `proposed: ${spec.proposed}`,
      ...(spec.area ? [`area: ${spec.area}`] : []),
      ...list('owners', spec.owners),
      ...list('contributors', spec.contributors ?? []),
      ...list('outcomes', spec.outcomes ?? []),
    ]),
  };
}

/** A network of the given members plus any meeting and action files. */
export function networkWith(members: Readonly<Record<string, MemberSpec>>, ...files: readonly Record<string, string>[]): Record<string, string> {
  const pages = Object.fromEntries(Object.entries(members).map(([id, spec]) => [`members/${id}.md`, memberPage(spec.name, spec.joined ?? '2025-01-01', spec.extra ?? [])]));
  return Object.assign({ 'CHARTER.md': charterWith() }, pages, ...files);
}

/**
 * Two triangles joined through Cat and Dan, and Gus on his own:
 *
 *   Ann - Ben          Eve - Fay
 *     \   /              \   /
 *      Cat ----------- Dan            Gus
 *
 * Ann-Ben-Cat met on 2026-03-01, Cat and Dan on 2026-06-01, Dan owns an action
 * with Eve and Fay proposed on 2026-07-01. Ann leads; Gus coordinates from 2026-05-01.
 */
export function twoTriangles(): Record<string, string> {
  return networkWith(
    {
      ann: { name: 'Ann Ash', extra: role('lead', '2025-01-01') },
      ben: { name: 'Ben Birch' },
      cat: { name: 'Cat Cedar' },
      dan: { name: 'Dan Elm' },
      eve: { name: 'Eve Fir' },
      fay: { name: 'Fay Hazel' },
      gus: { name: 'Gus Oak', extra: role('coordinator', '2026-05-01') },
    },
    meeting('2026-03-01', ['ann', 'ben', 'cat']),
    meeting('2026-06-01', ['cat', 'dan']),
    action({ id: '2026-07-01-shared-form', proposed: '2026-07-01', owners: ['dan'], contributors: ['eve', 'fay'] }),
  );
}
