/**
 * A small network for the leadership tests: who led what, and when.
 *
 * - amara-okafor: frailty lead 2024-01-01..2025-12-31 (roles.0), co-chair since 2025-01-01 with no end
 *   (roles.1), discharge lead 2026-01-01..2027-12-31 (roles.2), falls coordinator 2026-03-01..2026-09-30
 *   (roles.3, nobody after her).
 * - ben-hall: frailty lead 2026-02-01..2027-06-30, after Amara.
 * - cara-diaz: carers lead 2024-06-01..2026-05-31 (nobody after her), and a plain member role.
 * - dev-patel: joined 2022-06-01, comms lead 2023-01-01..2025-03-31, left 2025-06-30.
 * - eve-jones: joined 2021-06-01, frailty lead 2022-01-01..2023-12-31, before Amara.
 * - gia-rossi: joined 2022-01-01, audit lead from 2022-06-01 with no end, left 2024-03-31.
 * - finn-obi: no roles.
 */
import { md } from '../../network-builder';
import { charterWith, memberPage } from '../health-fixtures';

export interface Term {
  readonly role: string;
  readonly area?: string;
  readonly from: string;
  readonly until?: string;
}

/** The `roles:` frontmatter lines for the given terms. */
export function rolesLines(terms: readonly Term[]): string[] {
  return [
    'roles:',
    ...terms.flatMap((term) => [`  - role: ${term.role}`, ...(term.area ? [`    area: ${term.area}`] : []), `    from: ${term.from}`, ...(term.until ? [`    until: ${term.until}`] : [])]),
  ];
}

export interface ActionSpec {
  readonly title: string;
  readonly status: string;
  readonly proposed: string;
  readonly owners?: readonly string[];
  readonly outcomes?: readonly string[];
  readonly decided?: { readonly date: string; readonly result: string };
  readonly completed?: string;
}

/** An action page; `owners` and `outcomes` are written only when given (an empty list writes `[]`). */
export function actionPage(spec: ActionSpec): string {
  const list = (key: string, items: readonly string[] | undefined): string[] => (items === undefined ? [] : items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.map((item) => `  - ${item}`)]);
  return md([
    `title: ${spec.title}`,
    `status: ${spec.status}`,
    `proposed: ${spec.proposed}`,
    ...list('owners', spec.owners),
    ...list('outcomes', spec.outcomes),
    ...(spec.decided ? ['decision:', `  date: ${spec.decided.date}`, '  via: pull-request', `  result: ${spec.decided.result}`] : []),
    ...(spec.completed ? [`completed: ${spec.completed}`] : []),
  ]);
}

export const LEADERS: Readonly<Record<string, string>> = {
  'CHARTER.md': charterWith(['leadership:', '  term_months: 24']),
  'members/amara-okafor.md': memberPage('Amara Okafor', '2024-01-01', rolesLines([
    { role: 'lead', area: 'frailty', from: '2024-01-01', until: '2025-12-31' },
    { role: 'co-chair', from: '2025-01-01' },
    { role: 'lead', area: 'discharge', from: '2026-01-01', until: '2027-12-31' },
    { role: 'coordinator', area: 'falls', from: '2026-03-01', until: '2026-09-30' },
  ])),
  'members/ben-hall.md': memberPage('Ben Hall', '2024-01-01', rolesLines([{ role: 'lead', area: 'frailty', from: '2026-02-01', until: '2027-06-30' }])),
  'members/cara-diaz.md': memberPage('Cara Diaz', '2024-01-01', rolesLines([
    { role: 'lead', area: 'carers', from: '2024-06-01', until: '2026-05-31' },
    { role: 'member', from: '2024-06-01' },
  ])),
  'members/dev-patel.md': memberPage('Dev Patel', '2022-06-01', ['left: 2025-06-30', ...rolesLines([{ role: 'lead', area: 'comms', from: '2023-01-01', until: '2025-03-31' }])]),
  'members/eve-jones.md': memberPage('Eve Jones', '2021-06-01', rolesLines([{ role: 'lead', area: 'frailty', from: '2022-01-01', until: '2023-12-31' }])),
  'members/gia-rossi.md': memberPage('Gia Rossi', '2022-01-01', ['left: 2024-03-31', ...rolesLines([{ role: 'lead', area: 'audit', from: '2022-06-01' }])]),
  'members/finn-obi.md': memberPage('Finn Obi'),
};

/** The leaders' network without any lead role: only plain members. */
export const NO_LEADS: Readonly<Record<string, string>> = {
  'CHARTER.md': charterWith(),
  'members/finn-obi.md': memberPage('Finn Obi', '2024-01-01', rolesLines([{ role: 'member', from: '2024-01-01' }])),
};
