import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { stringify } from 'yaml';
import { loadNetwork } from '../../../src/core/check';
import type { NetworkDocument } from '../../../src/core/document';
import type { Network } from '../../../src/core/network';
import {
  actionRecord,
  actionRecords,
  charterRecord,
  charterRecordOf,
  meetingRecord,
  memberRecord,
  memberRecords,
  pulseRecord,
  purposeRecord,
  purposeRecordOf,
} from '../../../src/core/model/records';
import { fromRoot } from '../../helpers/paths';
import { md, ROOT, workspaceWith } from '../network-builder';

/**
 * The typed records (model/records.ts) against the schemas: each record kind
 * lists the frontmatter fields it reads, and every one must be a property of
 * the kind's schema; the schema's other fields are listed as deliberately not
 * read. A field renamed in the schema, or in a reader, fails here.
 */

type Schema = Record<string, unknown>;
type Kind = 'member' | 'action' | 'meeting' | 'pulse' | 'charter' | 'purpose';

/** Every property path of a schema: `.name`, `.roles[].role` (list items), `.questions{}.counts` (map values). */
function schemaPaths(kind: Kind): string[] {
  const schema = JSON.parse(readFileSync(fromRoot('schemas', `${kind}.schema.json`), 'utf8')) as Schema;
  const paths: string[] = [];
  const visit = (node: Schema, path: string): void => {
    for (const [name, property] of Object.entries((node.properties as Record<string, Schema> | undefined) ?? {})) {
      paths.push(`${path}.${name}`);
      visit(property, `${path}.${name}`);
      const items = property.items as Schema | undefined;
      if (items?.properties) visit(items, `${path}.${name}[]`);
      const values = property.additionalProperties;
      if (typeof values === 'object' && values !== null) visit(values as Schema, `${path}.${name}{}`);
    }
  };
  visit(schema, '');
  return paths;
}

/** Per kind: the fields its record reads, and the schema's fields it does not (with where they are read instead, if anywhere). */
const FIELDS: Readonly<Record<Kind, { readonly read: readonly string[]; readonly notRead: readonly string[] }>> = {
  member: {
    read: ['.name', '.organisation', '.sector', '.profession', '.joined', '.left', '.roles', '.roles[].role', '.roles[].area', '.roles[].from', '.roles[].until', '.affiliations', '.affiliations[].organisation', '.affiliations[].from', '.affiliations[].until', '.interests', '.handles', '.handles.github', '.handles.gitlab'],
    notRead: ['.kind'],
  },
  action: {
    read: ['.title', '.status', '.proposed_by', '.proposed', '.area', '.owners', '.contributors', '.outcomes', '.decision', '.decision.date', '.decision.via', '.decision.ref', '.decision.approvers', '.decision.result', '.acknowledged', '.due', '.completed', '.impact'],
    notRead: ['.kind'],
  },
  meeting: {
    read: ['.title', '.date', '.type', '.area', '.facilitator', '.attendees', '.apologies', '.decisions', '.minutes_published'],
    notRead: ['.kind'],
  },
  pulse: {
    read: ['.date', '.invited', '.respondents', '.questions', '.questions{}.suppressed', '.questions{}.answered', '.questions{}.counts', '.maturity', '.maturity{}.current', '.maturity{}.target'],
    notRead: ['.kind', '.title', '.checklist', '.questions{}.text', '.questions{}.blank'],
  },
  charter: {
    read: ['.name', '.phase', '.established', '.decisions', '.decisions.rule', '.decisions.quorum', '.decisions.pull_requests', '.review', '.review.cadence', '.review.last_reviewed', '.meetings', '.meetings.cadence', '.areas', '.areas[].id', '.areas[].title', '.areas[].description', '.areas[].retired', '.areas[].renamed_to'],
    // Leadership terms and seats: model/charter-leadership.ts; governance: the rules that judge it.
    notRead: [
      '.kind',
      '.governance',
      '.governance.model',
      '.governance.host',
      '.review.decision',
      '.leadership',
      '.leadership.term_months',
      '.leadership.max_continuous_months',
      '.leadership.term_ends_on',
      '.leadership.terms',
      '.seats',
      '.values',
      '.areas[].seats',
    ],
  },
  purpose: {
    read: ['.statement', '.last_reviewed', '.outcomes', '.outcomes[].id', '.outcomes[].title', '.outcomes[].measure', '.outcomes[].baseline', '.outcomes[].target', '.outcomes[].by'],
    // Progress entries: health/outcomes.ts.
    notRead: ['.kind', '.beneficiaries', '.outcomes[].progress', '.outcomes[].progress[].date', '.outcomes[].progress[].value', '.outcomes[].progress[].note'],
  },
};

/** A document of each kind with every field its record reads set to a valid value. */
const FULL: Readonly<Record<Kind, Record<string, unknown>>> = {
  member: {
    name: 'Amara Okafor',
    organisation: 'Riverside Hospitals',
    sector: 'acute trust',
    profession: 'Consultant geriatrician',
    joined: '2024-01-01',
    left: '2026-10-31',
    roles: [{ role: 'lead', area: 'frailty', from: '2024-02-01', until: '2026-01-31' }],
    affiliations: [{ organisation: 'Northgate Primary Care', from: '2024-01-01', until: '2024-12-31' }],
    interests: ['Falls '],
    handles: { github: 'amara', gitlab: '@amara-o' },
  },
  action: {
    title: 'Shared referral form',
    status: 'in-progress',
    proposed_by: 'amara-okafor',
    proposed: '2026-10-30',
    area: 'frailty',
    owners: ['sam-lee'],
    contributors: ['tom-hughes'],
    outcomes: ['fewer-admissions'],
    decision: { date: '2026-11-12', via: '2026-11-12-network-meeting', ref: 'minutes, item 3', approvers: ['sam-lee'], result: 'agreed' },
    acknowledged: '2026-11-01',
    due: '2027-03-31',
    completed: '2027-03-14',
    impact: 'Faster referrals.',
  },
  meeting: {
    title: 'November meeting',
    date: '2026-11-12',
    type: 'network',
    area: 'frailty',
    facilitator: 'amara-okafor',
    attendees: ['amara-okafor', 'sam-lee'],
    apologies: ['tom-hughes'],
    decisions: ['2026-10-30-shared-referral-form'],
    minutes_published: '2026-11-19',
  },
  pulse: {
    date: '2026-12-05',
    invited: 38,
    respondents: 24,
    questions: { trust: { counts: [1, 2, 3, 4, 5] }, voice: { suppressed: true, answered: 3 } },
    maturity: { purpose: { current: 2, target: 4 } },
  },
  charter: {
    name: 'North Shire Frailty Network',
    phase: 'ongoing',
    established: '2024-01-01',
    decisions: { rule: 'consent', quorum: 3, pull_requests: true },
    review: { cadence: 12, last_reviewed: '2025-06-01' },
    meetings: { cadence: 3 },
    areas: [{ id: 'falls', title: 'Falls', description: 'Fewer falls.', retired: '2026-01-01', renamed_to: 'frailty' }],
  },
  purpose: {
    statement: 'To help older people stay well at home.',
    last_reviewed: '2026-06-18',
    outcomes: [{ id: 'fewer-admissions', title: 'Fewer admissions', measure: 'Admissions a month', baseline: 40, target: 30, by: '2027-12-31' }],
  },
};

const PATHS: Readonly<Record<Kind, (id: string) => string>> = {
  member: (id) => `members/${id}.md`,
  action: (id) => `actions/${id}.md`,
  meeting: (id) => `meetings/${id}.md`,
  pulse: (id) => `pulses/${id}.md`,
  charter: () => 'CHARTER.md',
  purpose: () => 'PURPOSE.md',
};

/** Frontmatter written from data (YAML), as a document file. */
function page(data: Readonly<Record<string, unknown>>): string {
  return `---\n${stringify(data)}---\n`;
}

async function networkOf(files: Readonly<Record<string, string>>): Promise<Network> {
  return (await loadNetwork(workspaceWith(files, ROOT, {}), ROOT)).network;
}

/** The one document of a kind in a network of that one file. */
async function documentOf(kind: Kind, content: string, id = 'x'): Promise<NetworkDocument> {
  const network = await networkOf({ [PATHS[kind](id)]: content });
  const document = network.ofKind(kind).get(kind === 'charter' || kind === 'purpose' ? kind : id);
  assert.ok(document, `no ${kind} document read`);
  return document;
}

/** A kind's record without its document: plain data to compare. */
function recordOf(kind: Kind, document: NetworkDocument): Record<string, unknown> {
  const readers = { member: memberRecord, action: actionRecord, meeting: meetingRecord, pulse: pulseRecord, charter: charterRecord, purpose: purposeRecord };
  const { document: _document, ...fields } = readers[kind](document) as unknown as { document: unknown } & Record<string, unknown>;
  return fields;
}

/** The data with a path (`.a`, `.a[].b`, `.a{}.b`) removed wherever it occurs. */
function without(data: unknown, path: string): unknown {
  const steps = path.slice(1).split('.');
  const remove = (node: unknown, index: number): unknown => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
    const step = steps[index]!;
    const key = step.replace(/(\[\]|\{\})$/, '');
    const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
    if (index === steps.length - 1) {
      delete copy[key];
      return copy;
    }
    const value = copy[key];
    if (step.endsWith('[]') && Array.isArray(value)) copy[key] = value.map((item) => remove(item, index + 1));
    else if (step.endsWith('{}') && typeof value === 'object' && value !== null) copy[key] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, remove(item, index + 1)]));
    else copy[key] = remove(value, index + 1);
    return copy;
  };
  return remove(data, 0);
}

describe('model/records: typed records of each kind of document', () => {
  describe('fields pinned to the schemas', () => {
    for (const kind of Object.keys(FIELDS) as Kind[]) {
      const { read, notRead } = FIELDS[kind];

      it(`${kind}: every field the record reads is a property of ${kind}.schema.json`, () => {
        const paths = new Set(schemaPaths(kind));
        assert.deepEqual(
          read.filter((path) => !paths.has(path)),
          [],
        );
      });

      it(`${kind}: every other field of the schema is listed as not read`, () => {
        assert.deepEqual([...read, ...notRead].sort(), schemaPaths(kind).sort());
      });

      it(`${kind}: the reader reads each listed field (taking it away changes the record)`, async () => {
        const full = recordOf(kind, await documentOf(kind, page(FULL[kind])));
        for (const path of read) {
          const less = recordOf(kind, await documentOf(kind, page(without(FULL[kind], path) as Record<string, unknown>)));
          assert.notDeepEqual(less, full, `${kind}${path} is listed as read but the record does not change without it`);
        }
      });
    }
  });

  describe('readers', () => {
    it('member: every field as written, roles and affiliations by entry', async () => {
      assert.deepEqual(recordOf('member', await documentOf('member', page(FULL.member), 'amara-okafor')), {
        id: 'amara-okafor',
        name: 'Amara Okafor',
        organisation: 'Riverside Hospitals',
        profession: 'Consultant geriatrician',
        sector: 'acute trust',
        joined: '2024-01-01',
        left: '2026-10-31',
        interests: ['Falls '],
        roles: [{ index: 0, role: 'lead', area: 'frailty', from: '2024-02-01', until: '2026-01-31' }],
        affiliations: [{ organisation: 'Northgate Primary Care', from: '2024-01-01', until: '2024-12-31' }],
        handles: { github: 'amara', gitlab: '@amara-o' },
      });
    });

    it('member: wrong shapes read as absent, never a throw', async () => {
      const record = recordOf(
        'member',
        await documentOf('member', md(['name: 42', 'joined: 2026-02-31', 'left: soon', 'interests: falls', 'roles: lead', 'affiliations:', '  - organisation: [a]', '  - just words', '  - organisation: Northgate', '    from: 2024-13-01', 'handles: {github: [a], gitlab: 7}'])),
      );
      assert.deepEqual(record, { id: 'x', name: undefined, organisation: undefined, profession: undefined, sector: undefined, joined: undefined, left: undefined, interests: [], roles: [], affiliations: [{ organisation: 'Northgate', from: undefined, until: undefined }], handles: { github: undefined, gitlab: undefined } });
    });

    it('member: a page whose frontmatter cannot be read has an empty record', async () => {
      const record = recordOf('member', await documentOf('member', '---\nname: [unclosed\n---\n'));
      assert.deepEqual(record, { id: 'x', name: undefined, organisation: undefined, profession: undefined, sector: undefined, joined: undefined, left: undefined, interests: [], roles: [], affiliations: [], handles: { github: undefined, gitlab: undefined } });
    });

    it('action: every field as written, the decision as a group', async () => {
      assert.deepEqual(recordOf('action', await documentOf('action', page(FULL.action), 'a1')), {
        id: 'a1',
        title: 'Shared referral form',
        status: 'in-progress',
        proposed: '2026-10-30',
        proposedBy: 'amara-okafor',
        area: 'frailty',
        decision: { date: '2026-11-12', via: '2026-11-12-network-meeting', ref: 'minutes, item 3', approvers: ['sam-lee'], result: 'agreed' },
        acknowledged: '2026-11-01',
        due: '2027-03-31',
        completed: '2027-03-14',
        owners: ['sam-lee'],
        contributors: ['tom-hughes'],
        outcomes: ['fewer-admissions'],
        hasImpact: true,
      });
    });

    it('action: a string where a list is expected, an invalid date, a status not one of the six, a decision that is not a group', async () => {
      const record = recordOf('action', await documentOf('action', md(['status: maybe', 'proposed: 2026-02-30', 'due: tomorrow', 'owners: sam-lee', 'contributors: [sam-lee, 7, null]', 'decision: agreed', "impact: ''"])));
      assert.deepEqual(record, {
        id: 'x',
        title: undefined,
        status: 'maybe',
        proposed: undefined,
        proposedBy: undefined,
        area: undefined,
        decision: undefined,
        acknowledged: undefined,
        due: undefined,
        completed: undefined,
        owners: [],
        contributors: ['sam-lee'],
        outcomes: [],
        hasImpact: false,
      });
    });

    it('action: a decision group with no valid date keeps its via and result', async () => {
      const record = await documentOf('action', md(['decision:', '  date: 2026-11-31', '  via: pull-request', '  result: deferred']));
      assert.deepEqual(actionRecord(record).decision, { date: undefined, via: 'pull-request', ref: undefined, approvers: [], result: 'deferred' });
    });

    it('meeting: every field, and whether attendees is a list at all', async () => {
      assert.deepEqual(recordOf('meeting', await documentOf('meeting', page(FULL.meeting), 'm1')), {
        id: 'm1',
        title: 'November meeting',
        date: '2026-11-12',
        type: 'network',
        area: 'frailty',
        facilitator: 'amara-okafor',
        attendeesListed: true,
        attendees: ['amara-okafor', 'sam-lee'],
        apologies: ['tom-hughes'],
        decisions: ['2026-10-30-shared-referral-form'],
        minutesPublished: '2026-11-19',
      });
      const malformed = meetingRecord(await documentOf('meeting', md(['date: 12 November', 'attendees: everyone', 'decisions: [1, 2]'])));
      assert.deepEqual([malformed.date, malformed.attendeesListed, malformed.attendees, malformed.decisions], [undefined, false, [], []]);
      assert.deepEqual(meetingRecord(await documentOf('meeting', md(['attendees: [3]']))).attendeesListed, true);
    });

    it('pulse: counted and suppressed questions in order, malformed ones left out, maturity per dimension', async () => {
      const record = pulseRecord(
        await documentOf(
          'pulse',
          md([
            'date: 2026-12-05',
            'invited: many',
            'respondents: 24',
            'questions:',
            '  a: {counts: [1, 2, 3, 4, 5]}',
            '  b: {counts: [1, 2, 3]}',
            '  c: {suppressed: true, answered: 2}',
            '  d: {counts: [1, 2, 3, 4, -1]}',
            '  e: words',
            '  f: {suppressed: true, answered: 1.5}',
            'maturity:',
            '  purpose: {current: 2, target: 4}',
            '  trust: high',
          ]),
        ),
      );
      assert.deepEqual(
        { date: record.date, invited: record.invited, respondents: record.respondents, questions: [...record.questions], suppressed: [...record.suppressedQuestions], order: record.questionOrder, maturity: [...record.maturity] },
        {
          date: '2026-12-05',
          invited: undefined,
          respondents: 24,
          questions: [['a', [1, 2, 3, 4, 5]]],
          suppressed: [['c', 2]],
          order: ['a', 'c'],
          maturity: [
            ['purpose', { current: 2, target: 4 }],
            ['trust', { current: undefined, target: undefined }],
          ],
        },
      );
      const list = pulseRecord(await documentOf('pulse', md(['questions: [a, b]', 'maturity: 3'])));
      assert.deepEqual([list.questions.size, list.questionOrder, list.maturity.size], [0, [], 0]);
    });

    it('charter: settings, cadences only as whole months, areas with an id', async () => {
      const full = recordOf('charter', await documentOf('charter', page(FULL.charter)));
      assert.deepEqual(full, {
        name: 'North Shire Frailty Network',
        phase: 'ongoing',
        established: '2024-01-01',
        meetingCadence: 3,
        reviewCadence: 12,
        lastReviewed: '2025-06-01',
        decisionRule: 'consent',
        quorum: 3,
        pullRequestsDecide: true,
        areas: [{ id: 'falls', title: 'Falls', description: 'Fewer falls.', retired: '2026-01-01', renamedTo: 'frailty', entry: (FULL.charter.areas as unknown[])[0] }],
      });
      const malformed = recordOf('charter', await documentOf('charter', md(['phase: growing', 'established: 2024', 'meetings: {cadence: 0.5}', 'review: {cadence: 0, last_reviewed: 2025-02-29}', 'decisions: {rule: [consent], quorum: three, pull_requests: "true"}', 'areas:', '  - title: No id', '  - id: falls', '    retired: [2026-01-01]'])));
      assert.deepEqual(malformed, {
        name: undefined,
        phase: undefined,
        established: undefined,
        meetingCadence: undefined,
        reviewCadence: undefined,
        lastReviewed: undefined,
        decisionRule: undefined,
        quorum: undefined,
        pullRequestsDecide: false,
        areas: [{ id: 'falls', title: undefined, description: undefined, retired: undefined, renamedTo: undefined, entry: { id: 'falls', retired: ['2026-01-01'] } }],
      });
      assert.deepEqual(recordOf('charter', await documentOf('charter', md(['areas: frailty']))).areas, []);
    });

    it('purpose: outcomes with an id, baseline and target as written (null as absent)', async () => {
      assert.deepEqual(recordOf('purpose', await documentOf('purpose', page(FULL.purpose))), {
        statement: 'To help older people stay well at home.',
        lastReviewed: '2026-06-18',
        outcomes: [{ id: 'fewer-admissions', title: 'Fewer admissions', measure: 'Admissions a month', baseline: 40, target: 30, by: '2027-12-31' }],
      });
      const malformed = recordOf('purpose', await documentOf('purpose', md(['statement: [a]', 'outcomes:', '  - title: no id', '  - id: o1', '    baseline: null', '    target: fewer', '    by: 2027-02-29', '  - words'])));
      assert.deepEqual(malformed, { statement: undefined, lastReviewed: undefined, outcomes: [{ id: 'o1', title: undefined, measure: undefined, baseline: undefined, target: 'fewer', by: undefined }] });
      assert.deepEqual(recordOf('purpose', await documentOf('purpose', md(['outcomes: fewer admissions']))).outcomes, []);
    });
  });

  describe("a network's records", () => {
    it('are read once and kept until a document of the kind changes', async () => {
      const network = await networkOf({ 'CHARTER.md': page(FULL.charter), 'PURPOSE.md': page(FULL.purpose), 'members/b.md': md(['name: B']), 'members/a.md': md(['name: A']), 'actions/x.md': md(['title: X']) });
      const members = memberRecords(network);
      assert.deepEqual([...members.keys()].sort(), ['a', 'b']);
      assert.equal(members.get('a')?.name, 'A');
      assert.equal(memberRecords(network), members);
      assert.equal(actionRecords(network).get('x')?.title, 'X');
      assert.equal(charterRecordOf(network)?.meetingCadence, 3);
      assert.deepEqual(purposeRecordOf(network)?.outcomes.map((outcome) => outcome.id), ['fewer-admissions']);
    });

    it('are read again when a document of the kind changes, and only then', async () => {
      const network = await networkOf({ 'members/a.md': md(['name: A']), 'actions/x.md': md(['title: X']) });
      const members = memberRecords(network);
      const actions = actionRecords(network);
      const a = network.ofKind('member').get('a')!;
      network.set(a.withData({ name: 'A renamed' }));
      assert.notEqual(memberRecords(network), members);
      assert.equal(memberRecords(network).get('a')?.name, 'A renamed');
      assert.equal(actionRecords(network), actions);
      network.delete(a.path);
      assert.deepEqual([...memberRecords(network).keys()], []);
    });

    it('a network without a charter or purpose reads them as saying nothing', async () => {
      const network = await networkOf({ 'members/a.md': md(['name: A']) });
      assert.deepEqual([charterRecordOf(network)?.name, charterRecordOf(network)?.phase, charterRecordOf(network)?.areas], [undefined, undefined, []]);
      assert.equal(purposeRecordOf(network), undefined);
      assert.equal(posix.basename(memberRecords(network).get('a')?.document.path ?? ''), 'a.md');
    });
  });
});
