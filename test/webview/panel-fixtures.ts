import type { Dimension } from '../../src/core/health/checklist';
import type { PanelData } from '../../src/core/health/panel-data';
import type { DimensionReport, Finding, ItemReport } from '../../src/core/health/report';

/**
 * A small PanelData written by hand, so the renderers are tested on numbers
 * known in advance rather than on whatever the core works out.
 */

const ROOT = '/networks/eastfield';
const DIMENSIONS: readonly [Dimension, string][] = [
  ['purpose', 'Shared purpose and impact'],
  ['leadership', 'Distributed, time-limited leadership'],
  ['participation', 'Participation and engagement'],
  ['connectivity', 'Connectivity and power distribution'],
  ['governance', 'Governance and decisions'],
  ['delivery', 'Action and delivery'],
  ['communication', 'Communication and learning'],
  ['inclusion', 'Inclusion and representation'],
];

function item(id: string, overrides: Partial<ItemReport> = {}): ItemReport {
  return {
    id,
    title: `Check ${id}`,
    type: 'indicator',
    status: 'healthy',
    value: 1,
    direction: 'higher-is-better',
    summary: `Summary of ${id}.`,
    weight: 1,
    why: `Why ${id} matters.`,
    improve: `How to improve ${id}.`,
    question: `What about ${id}?`,
    evidence: [],
    evidenceCount: 0,
    ...overrides,
  };
}

const overdueFinding: Finding = {
  ...item('overdue-share', {
    title: 'Agreed work past its due date',
    status: 'at-risk',
    value: 0.4,
    summary: '2 of 5 open actions are overdue.',
    question: 'Which overdue action should we let go?',
    evidence: [
      { file: `${ROOT}/actions/2026-01-10-audit.md`, relative: 'actions/2026-01-10-audit.md', range: { start: { line: 6, character: 5 }, end: { line: 6, character: 15 } }, note: 'due 2026-09-30' },
      { file: `${ROOT}/actions/2026-02-01-leaflet.md`, relative: 'actions/2026-02-01-leaflet.md', range: { start: { line: 7, character: 5 }, end: { line: 7, character: 15 } }, note: 'due 2026-10-31' },
    ],
    evidenceCount: 5,
  }),
  dimension: 'delivery',
};

const termsFinding: Finding = {
  ...item('expired-terms-held', { title: 'Lead roles held past their term', status: 'watch', value: 1, summary: 'One lead role is past its term.', question: 'Who could take on the schools lead?' }),
  dimension: 'leadership',
};

function dimension(dimension: Dimension, title: string, index: number): DimensionReport {
  const items: ItemReport[] = [item(`${dimension}-check`)];
  if (dimension === 'delivery') items.push(overdueFinding);
  if (dimension === 'leadership') items.push(termsFinding);
  if (dimension === 'inclusion') items.push(item('patient-partners-involved', { status: 'unknown', value: undefined, summary: 'No patient partners recorded.' }));
  if (dimension === 'participation') items.push(item('feel-heard', { type: 'question', title: 'Members feel heard', status: 'healthy' }), item('can-influence-agenda', { type: 'question', title: 'Members can shape the agenda', status: 'unknown', value: undefined }));
  const score = dimension === 'inclusion' ? undefined : 50 + index * 5;
  return { dimension, title, score, status: score === undefined ? 'unknown' : score >= 75 ? 'healthy' : 'watch', coverage: dimension === 'inclusion' ? 0 : 0.8, known: { known: items.filter((i) => i.status !== 'unknown').length, total: items.length, share: dimension === 'inclusion' ? 0 : 0.8 }, items };
}

function trendPoint(date: string, shift: number): PanelData['report']['trend'][number] {
  const dimensions = Object.fromEntries(DIMENSIONS.map(([d], i) => [d, d === 'inclusion' ? undefined : 40 + i * 5 + shift])) as Record<Dimension, number | undefined>;
  return { date, score: 55 + shift, dimensions };
}

export function samplePanelData(): PanelData {
  return {
    report: {
      network: { name: 'Eastfield Paediatric Asthma Network', root: ROOT, phase: 'start-up' },
      checklist: { id: 'netgov-core', title: 'netgov core checklist' },
      ties: { meetingSize: 12, months: 12, definition: 'Working ties: two members are tied when they own or contribute to the same action, or sit in the same meeting of at most 12 people, in the 12 months to 27 Nov 2026 (agreed work still open counts however old).' },
      asOf: '2026-11-27',
      score: 64,
      status: 'watch',
      coverage: { known: 12, total: 18, share: 0.7 },
      dimensions: DIMENSIONS.map(([d, title], i) => dimension(d, title, i)),
      findings: [overdueFinding, termsFinding],
      trend: [trendPoint('2026-09-30', 0), trendPoint('2026-10-31', 3), trendPoint('2026-11-27', 7)],
      pulses: [
        { id: '2026-q1', date: '2026-03-31', file: `${ROOT}/pulses/2026-q1.md`, invited: 10, respondents: 4, enough: false, questions: [{ id: 'feel-heard', answered: 4, counts: 'suppressed', mean: undefined }], maturity: [] },
        {
          id: '2026-q3',
          date: '2026-09-30',
          file: `${ROOT}/pulses/2026-q3.md`,
          invited: 12,
          respondents: 9,
          enough: true,
          questions: [
            { id: 'feel-heard', answered: 9, counts: [0, 1, 2, 4, 2], mean: 3.7777777777777777 },
            { id: 'can-influence-agenda', answered: 3, counts: 'suppressed', mean: undefined },
          ],
          maturity: [
            { dimension: 'purpose', current: 2, target: 4 },
            { dimension: 'inclusion', current: 3, target: 3 },
          ],
        },
      ],
      minAnswers: 5,
      connections: [
        {
          kind: 'shared-interest',
          members: ['ben-okoro', 'priya-shah'],
          reason: 'Ben Okoro and Priya Shah both care about school nurses, and have not worked together yet.',
          evidence: [{ file: `${ROOT}/members/ben-okoro.md`, relative: 'members/ben-okoro.md', range: { start: { line: 5, character: 2 }, end: { line: 5, character: 15 } }, note: 'interests: school nurses', member: 'ben-okoro' }],
        },
      ],
      mirror: [
        {
          dimension: 'leadership',
          title: 'Distributed, time-limited leadership',
          direction: 'members-higher',
          members: {
            status: 'healthy',
            parts: [
              {
                kind: 'question',
                id: 'leadership-facilitates',
                title: 'Leaders in the network facilitate rather than dominate.',
                status: 'healthy',
                value: 'mean 4.2 of 5 from 9 answers',
                date: '2026-09-30',
                evidence: { file: `${ROOT}/pulses/2026-q3.md`, relative: 'pulses/2026-q3.md', range: { start: { line: 8, character: 2 }, end: { line: 8, character: 20 } }, note: 'asked in the 2026-09-30 temperature check' },
              },
            ],
          },
          documents: { status: 'at-risk', parts: [{ id: 'top-holder-share', title: 'Share of roles held by one person', status: 'at-risk', summary: 'Priya Shah holds 2 of 4 lead roles (50%).' }] },
          question: 'Members rate distributed, time-limited leadership well (mean 4.2 of 5 from 9 answers, 2026-09-30), while the documents show it at risk (share of roles held by one person): what do members see that the documents miss, or what are the documents showing that members have not felt yet?',
        },
      ],
      outcomes: [
        {
          id: 'fewer-admissions',
          title: 'Fewer <emergency> admissions for asthma',
          measure: 'Emergency admissions for asthma, children, per quarter',
          verdict: 'off-track',
          reason: '41 on 30 Sep 2026; the straight path from 40 on 31 Mar 2025 to 20 by 31 Mar 2027 stood at 25.3: behind it, off track.',
          baseline: 40,
          target: 20,
          by: '2027-03-31',
          expected: 25.3,
          median: 38,
          points: [
            { date: '2025-03-31', value: 40 },
            { date: '2025-06-30', value: 38 },
            { date: '2025-09-30', value: 34 },
            { date: '2025-12-31', value: 35, note: 'Winter quarter' },
            { date: '2026-03-31', value: 37 },
            { date: '2026-06-30', value: 39 },
            { date: '2026-09-30', value: 41 },
          ],
          signals: [{ kind: 'trend', direction: 'rising', from: 2, to: 6, count: 5, towards: false, words: 'a trend: 5 points in a row rising (30 Sep 2025 to 30 Sep 2026), away from the target' }],
          actions: [{ id: '2026-01-10-audit', title: 'Audit spare inhalers', status: 'in-progress', source: { file: `${ROOT}/actions/2026-01-10-audit.md`, relative: 'actions/2026-01-10-audit.md', range: { start: { line: 5, character: 10 }, end: { line: 5, character: 30 } }, note: 'Audit spare inhalers' } }],
          source: { file: `${ROOT}/PURPOSE.md`, relative: 'PURPOSE.md', range: { start: { line: 4, character: 4 }, end: { line: 12, character: 0 } }, note: 'Fewer emergency admissions for asthma' },
        },
        {
          id: 'school-plans',
          title: 'Every school has an asthma plan',
          measure: undefined,
          verdict: 'unknown',
          reason: 'It has no target in numbers, so there is no path to be on or off.',
          baseline: undefined,
          target: undefined,
          by: undefined,
          expected: undefined,
          median: undefined,
          points: [],
          signals: [],
          actions: [],
          source: { file: `${ROOT}/PURPOSE.md`, relative: 'PURPOSE.md', range: { start: { line: 13, character: 4 }, end: { line: 15, character: 0 } }, note: 'Every school has an asthma plan' },
        },
      ],
    },
    graph: {
      mode: 'members',
      nodes: [
        { id: 'priya-shah', label: 'Priya Shah', organisation: 0, lead: true, isolate: false, broker: true, x: 0.2, y: 0.5, degree: 2, ties: { work: 1, meetings: 1 }, roles: ['lead for schools until 2027-02-28'], source: { file: `${ROOT}/members/priya-shah.md`, relative: 'members/priya-shah.md', line: 0 } },
        { id: 'ben-okoro', label: 'Ben Okoro', organisation: 1, lead: false, isolate: false, broker: false, x: 0.8, y: 0.5, degree: 1, ties: { work: 1, meetings: 0 }, roles: [] },
      ],
      edges: [{ source: 'priya-shah', target: 'ben-okoro', weight: 2, work: 2, meetings: 0 }],
      hiddenEdges: 0,
      organisations: ["Eastfield Children's Hospital", 'Eastfield Integrated Care Board'],
      summary: '2 members, 1 tie.',
      story: { centre: [], edge: ['ben-okoro'], median: 1.5, labelled: ['priya-shah', 'ben-okoro'], sentence: 'With fewer than 5 current members, the graph is too small to say who is at its centre.' },
      definition: 'Working ties: two members are tied when they own or contribute to the same action, or sit in the same meeting of at most 12 people, in the 12 months to 27 Nov 2026 (agreed work still open counts however old).',
    },
    leadership: {
      from: '2025-03-01',
      to: '2027-11-27',
      rows: [
        {
          area: 'schools',
          label: 'Asthma-friendly schools',
          terms: [
            { member: 'priya-shah', name: 'Priya Shah', role: 'lead', from: '2025-03-01', until: '2026-10-31', state: 'expired', source: { file: `${ROOT}/members/priya-shah.md`, relative: 'members/priya-shah.md', line: 11 } },
          ],
        },
        {
          area: 'primary-care',
          label: 'Reviews in primary care',
          terms: [
            { member: 'mo-rahman', name: 'Mo Rahman', role: 'lead', from: '2025-03-01', until: '2026-06-30', state: 'past', source: { file: `${ROOT}/members/mo-rahman.md`, relative: 'members/mo-rahman.md', line: 6 } },
            { member: 'ama-mensah', name: 'Ama Mensah', role: 'lead', from: '2026-07-01', until: '2027-01-31', state: 'ending-soon', source: { file: `${ROOT}/members/ama-mensah.md`, relative: 'members/ama-mensah.md', line: 6 } },
          ],
        },
        {
          area: '',
          label: 'Coordinator',
          terms: [{ member: 'ben-okoro', name: 'Ben Okoro', role: 'coordinator', from: '2025-09-01', until: undefined, state: 'open-ended', source: { file: `${ROOT}/members/ben-okoro.md`, relative: 'members/ben-okoro.md', line: 4 } }],
        },
      ],
    },
    funnel: {
      counts: [
        { status: 'proposed', count: 3 },
        { status: 'agreed', count: 2 },
        { status: 'in-progress', count: 4 },
        { status: 'blocked', count: 1 },
        { status: 'done', count: 7 },
        { status: 'dropped', count: 2 },
      ],
      overdueTotal: 3,
      overdue: [
        { id: '2026-01-10-audit', title: 'Audit spare inhalers', due: '2026-09-30', daysOverdue: 58, owners: ['Priya Shah'], source: { file: `${ROOT}/actions/2026-01-10-audit.md`, relative: 'actions/2026-01-10-audit.md', line: 6 } },
        { id: '2026-02-01-leaflet', title: 'Parent leaflet', due: '2026-10-31', daysOverdue: 27, owners: [], source: { file: `${ROOT}/actions/2026-02-01-leaflet.md`, relative: 'actions/2026-02-01-leaflet.md', line: 7 } },
      ],
    },
    participation: [
      { date: '2026-09-30', members: 10, active: 6, meetings: 2, meanAttendance: 5.5 },
      { date: '2026-10-31', members: 10, active: 7, meetings: 1, meanAttendance: 4 },
      { date: '2026-11-27', members: 12, active: 9, meetings: 0, meanAttendance: undefined },
    ],
  };
}
