import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { parse } from 'yaml';
import { checkDirectory } from '../../src/core/check';
import { DEFAULT_LAYOUT, type Layout } from '../../src/core/config';
import { ID_PATTERN } from '../../src/core/model/kinds';
import { renderTemplate, yamlScalar } from '../../src/core/templates/render';
import {
  MAX_GENERATED_ID_LENGTH,
  ORGANISATION_NOT_GIVEN,
  TemplateInputError,
  cutAtWord,
  planAction,
  planMeeting,
  planMember,
  planNetwork,
  planPulse,
  uniqueId,
  type PlannedFile,
} from '../../src/core/templates/plan';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { frontmatterOf } from '../helpers/frontmatter';

const ROOT = '/networks/north-shire';
const TODAY = '2026-11-27';
const TRICKY_TITLES = [
  'Referral: a shared form',
  'The "shared" referral form',
  "Carers' conversation guide",
  'Fix #12 before winter',
  '- start with a dash',
  '[draft] referral form',
  'yes',
  '2026',
  'null',
  'Referral form, version 2 {pilot}',
  '*star* & @mention: % 100!',
  'Ünïcödé café with ü',
];

/** The frontmatter of a rendered document, read as YAML 1.2 the way netgov reads it. */
function only(files: PlannedFile[]): PlannedFile {
  assert.equal(files.length, 1);
  return files[0]!;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function idOf(file: PlannedFile): string {
  return posix.basename(file.path, '.md');
}

describe('templates: rendering', () => {
  it('fills slots in the frontmatter as YAML and in the body as text', () => {
    const out = renderTemplate('---\ntitle: {{title}}\nowners: {{owners}}\ncount: {{n}}\n---\n\n# {{ title }}\n\nBy {{owners}}.\n', {
      title: 'Referral: shared form',
      owners: ['amara-okafor', 'tom-hughes'],
      n: 3,
    });
    assert.equal(out, '---\ntitle: "Referral: shared form"\nowners: [amara-okafor, tom-hughes]\ncount: 3\n---\n\n# Referral: shared form\n\nBy amara-okafor, tom-hughes.\n');
  });

  it('quotes titles so that they read back exactly, in YAML 1.2 and 1.1', () => {
    for (const title of [...TRICKY_TITLES, "it's", 'say "hi"', 'a # b', '@x', 'on', 'off', '~', '', ' padded ', 'tab\there', 'two\nlines']) {
      const out = renderTemplate('---\ntitle: {{title}}\nlist: {{list}}\n---\n', { title, list: [title] });
      const data = frontmatterOf(out);
      assert.equal(data.title, title, out);
      assert.deepEqual(data.list, [title], out);
      assert.deepEqual((parse(out.split('---\n')[1]!, { version: '1.1' }) as Record<string, unknown>).title, title, out);
    }
  });

  it('keeps plain what needs no quotes, ISO dates included', () => {
    assert.equal(yamlScalar('Agree a shared referral form'), 'Agree a shared referral form');
    assert.equal(yamlScalar('2026-11-27'), '2026-11-27');
    assert.equal(yamlScalar('Referral: form'), '"Referral: form"');
    assert.equal(yamlScalar('#123'), '"#123"');
    assert.equal(yamlScalar('- dash'), '"- dash"');
    assert.equal(yamlScalar('yes'), '"yes"');
    assert.equal(yamlScalar('a, b', true), '"a, b"');
  });

  it('does not expand slots that appear in values', () => {
    const out = renderTemplate('---\ntitle: {{title}}\n---\n{{title}} and {{other}}\n', { title: '{{other}}', other: 'x' });
    assert.equal(frontmatterOf(out).title, '{{other}}');
    assert.match(out, /\n\{\{other\}\} and x\n$/);
  });

  it('leaves out a frontmatter line whose value is null', () => {
    const out = renderTemplate('---\ntitle: {{title}}\ndate: {{date}}\n---\nbody\n', { title: null, date: '2026-11-12' });
    assert.equal(out, '---\ndate: 2026-11-12\n---\nbody\n');
  });

  it('reads CRLF templates', () => {
    assert.equal(renderTemplate('---\r\nname: {{name}}\r\n---\r\n\r\n# {{name}}\r\n', { name: 'A' }), '---\nname: A\n---\n\n# A\n');
  });

  it('throws on an unfilled slot, in the frontmatter or the body', () => {
    assert.throws(() => renderTemplate('---\nname: {{name}}\n---\n', {}), /no value was given for \{\{name\}\}/);
    assert.throws(() => renderTemplate('Hello {{name}}\n', {}), /no value was given for \{\{name\}\}/);
    assert.throws(() => renderTemplate('Hello {{name}}\n', { name: null }), /cannot be left out/);
  });

  it('throws on a slot inside frontmatter text, which could not be quoted safely', () => {
    assert.throws(() => renderTemplate('---\nstatement: To help {{name}} grow\n---\n', { name: 'x' }), /whole value/);
  });
});

describe('templates: ids', () => {
  it('cuts long slugs between words', () => {
    assert.equal(cutAtWord('shared-referral-form', 100), 'shared-referral-form');
    assert.equal(cutAtWord('shared-referral-form', 15), 'shared-referral');
    assert.equal(cutAtWord('shared-referral-form', 14), 'shared');
    assert.equal(cutAtWord('abcdefghij-k', 5), 'abcde');
    assert.equal(cutAtWord('shared-referral-form', 20), 'shared-referral-form', 'a slug of exactly the length is kept whole');
    const title = 'Shared referral form for all GP practices in town';
    const id = idOf(only(planAction(ROOT, DEFAULT_LAYOUT, { title, proposedBy: 'amara-okafor', today: TODAY, existingIds: [] })));
    assert.equal(id, '2026-11-27-shared-referral-form-for-all-gp-practices-in-town');
    assert.equal(id.length, MAX_GENERATED_ID_LENGTH);
  });

  it('adds -2, -3 to avoid existing ids, ignoring case, within the length', () => {
    assert.equal(uniqueId('', 'amara-okafor', []), 'amara-okafor');
    assert.equal(uniqueId('', 'amara-okafor', ['amara-okafor']), 'amara-okafor-2');
    assert.equal(uniqueId('', 'amara-okafor', ['Amara-Okafor', 'amara-okafor-2']), 'amara-okafor-3');
    assert.equal(uniqueId('', 'readme', []), 'readme-2');
    assert.equal(uniqueId('', 'con', []), 'con-2');
    const long = 'a-'.repeat(40) + 'end';
    const first = uniqueId(TODAY, long, []);
    const second = uniqueId(TODAY, long, [first]);
    assert.ok(first.length <= MAX_GENERATED_ID_LENGTH && second.length <= MAX_GENERATED_ID_LENGTH);
    assert.notEqual(first, second);
    assert.match(second, /-2$/);
    assert.match(second, ID_PATTERN);
  });
});

describe('templates: plans', () => {
  it('plans a network: charter, purpose, README and a README in each folder', () => {
    const files = planNetwork(ROOT, { name: 'North Shire: Frailty "Network"', today: TODAY });
    assert.deepEqual(
      files.map((f) => posix.relative(ROOT, f.path)),
      ['CHARTER.md', 'PURPOSE.md', 'README.md', 'members/README.md', 'actions/README.md', 'meetings/README.md', 'pulses/README.md'],
    );
    const charter = frontmatterOf(files[0]!.content);
    assert.equal(charter.name, 'North Shire: Frailty "Network"');
    assert.equal(charter.established, TODAY);
    assert.equal(charter.phase, 'start-up');
    for (const file of files) assert.doesNotMatch(file.content, /\{\{/, file.path);
    assert.match(files[2]!.content, /^# North Shire: Frailty "Network"\n/);
  });

  it('plans a member with joined today and no roles, id from the name', () => {
    const file = only(planMember(ROOT, DEFAULT_LAYOUT, { name: '  Siobhán  Ní Bhriain ', organisation: 'Age UK: North Shire', today: TODAY, existingIds: ['siobhan-ni-bhriain'] }));
    assert.equal(file.path, `${ROOT}/members/siobhan-ni-bhriain-2.md`);
    const data = frontmatterOf(file.content);
    assert.deepEqual(data, { kind: 'member', name: 'Siobhán Ní Bhriain', organisation: 'Age UK: North Shire', joined: TODAY });
    const withoutOrganisation = only(planMember(ROOT, DEFAULT_LAYOUT, { name: 'Sam Lee', today: TODAY, existingIds: [] }));
    assert.equal(frontmatterOf(withoutOrganisation.content).organisation, ORGANISATION_NOT_GIVEN);
  });

  it('plans an action, id <today>-<title>, at most 60 characters cut between words', () => {
    const file = only(
      planAction(ROOT, DEFAULT_LAYOUT, {
        title: 'Agree a shared referral form for community frailty services across North Shire',
        proposedBy: 'amara-okafor',
        owners: ['amara-okafor', 'tom-hughes', 'amara-okafor'],
        outcomes: ['faster-referrals'],
        today: TODAY,
        existingIds: [],
      }),
    );
    const id = idOf(file);
    assert.equal(id, '2026-11-27-agree-a-shared-referral-form-for-community'); // '-frailty' would make 61
    assert.ok(id.length <= 60);
    const data = frontmatterOf(file.content);
    assert.equal(data.status, 'proposed');
    assert.equal(data.proposed, TODAY);
    assert.deepEqual(data.owners, ['amara-okafor', 'tom-hughes']);
    assert.deepEqual(data.outcomes, ['faster-referrals']);
    assert.match(file.content, /\n## Proposal\n/);
    assert.match(file.content, /\n## Expected impact\n/);
  });

  it('keeps tricky titles exactly and makes each a fresh id', () => {
    const taken: string[] = [];
    for (const title of TRICKY_TITLES) {
      const file = only(planAction(ROOT, DEFAULT_LAYOUT, { title, proposedBy: 'amara-okafor', today: TODAY, existingIds: taken }));
      assert.equal(frontmatterOf(file.content).title, title.trim());
      assert.match(idOf(file), ID_PATTERN);
      assert.ok(!taken.includes(idOf(file)));
      taken.push(idOf(file));
    }
    const again = only(planAction(ROOT, DEFAULT_LAYOUT, { title: 'Referral: a shared form', proposedBy: 'amara-okafor', today: TODAY, existingIds: taken }));
    assert.equal(idOf(again), '2026-11-27-referral-a-shared-form-2');
  });

  it('refuses input that cannot make a document, with a TemplateInputError', () => {
    const action = (title: string, proposedBy = 'amara-okafor', today = TODAY) => () => planAction(ROOT, DEFAULT_LAYOUT, { title, proposedBy, today, existingIds: [] });
    assert.throws(action('!!! ???'), (e: unknown) => e instanceof TemplateInputError && /no letters or digits/.test(e.message));
    assert.throws(action('日本語'), TemplateInputError);
    assert.throws(action('   '), /empty/);
    assert.throws(action('x'.repeat(201)), /200 or fewer/);
    assert.throws(action('Fine', 'Amara Okafor'), (e: unknown) => e instanceof TemplateInputError && /such as 'amara-okafor'/.test(e.message));
    assert.throws(action('Fine', 'amara-okafor', '27/11/2026'), /YYYY-MM-DD/);
    assert.throws(() => planMember(ROOT, DEFAULT_LAYOUT, { name: '李', today: TODAY, existingIds: [] }), TemplateInputError);
    assert.throws(() => planMeeting(ROOT, DEFAULT_LAYOUT, { date: TODAY, type: 'party', existingIds: [] }), /network, steering, workstream, learning or other/);
    assert.throws(() => planPulse(ROOT, DEFAULT_LAYOUT, { date: TODAY, invited: 3, respondents: 4, existingIds: [] }), TemplateInputError);
  });

  it('plans a meeting, id <date>-<title or type meeting>, facilitator among the attendees', () => {
    const plain = only(planMeeting(ROOT, DEFAULT_LAYOUT, { date: '2026-12-10', existingIds: [] }));
    assert.equal(idOf(plain), '2026-12-10-network-meeting');
    assert.deepEqual(frontmatterOf(plain.content), { kind: 'meeting', date: '2026-12-10', type: 'network', attendees: [] });
    const titled = only(
      planMeeting(ROOT, DEFAULT_LAYOUT, {
        date: '2026-12-10',
        type: 'steering',
        title: 'Steering group: December',
        facilitator: 'tom-hughes',
        attendees: ['amara-okafor', 'tom-hughes'],
        existingIds: ['2026-12-10-steering-group-december'],
      }),
    );
    assert.equal(idOf(titled), '2026-12-10-steering-group-december-2');
    const data = frontmatterOf(titled.content);
    assert.equal(data.title, 'Steering group: December');
    assert.equal(data.facilitator, 'tom-hughes');
    assert.deepEqual(data.attendees, ['tom-hughes', 'amara-okafor']);
  });

  it('plans a pulse, id <year>-q<quarter>', () => {
    const file = only(planPulse(ROOT, DEFAULT_LAYOUT, { date: '2026-12-05', invited: 38, respondents: 24, existingIds: [] }));
    assert.equal(idOf(file), '2026-q4');
    assert.deepEqual(frontmatterOf(file.content), { kind: 'pulse', date: '2026-12-05', checklist: 'netgov-core', invited: 38, respondents: 24 });
    const empty = only(planPulse(ROOT, DEFAULT_LAYOUT, { date: '2026-12-05', existingIds: [] }));
    assert.deepEqual(frontmatterOf(empty.content), { kind: 'pulse', date: '2026-12-05', checklist: 'netgov-core', invited: 0, respondents: 0 }, 'totals not yet known are 0');
  });

  it('refuses counts that are not whole numbers from 0, naming the count', () => {
    const pulse = (invited: number, respondents: number) => () => planPulse(ROOT, DEFAULT_LAYOUT, { date: '2026-12-05', invited, respondents, existingIds: [] });
    assert.throws(pulse(20.5, 10), (e: unknown) => e instanceof TemplateInputError && e.message === 'The number invited must be a whole number from 0 to 1000000, not 20.5.');
    assert.throws(pulse(20, -1), (e: unknown) => e instanceof TemplateInputError && e.message === 'The number of respondents must be a whole number from 0 to 1000000, not -1.');
    assert.throws(pulse(1_000_001, 10), /The number invited must be a whole number from 0 to 1000000, not 1000001\./);
  });

  it('follows the network layout', () => {
    const layout: Layout = { ...DEFAULT_LAYOUT, members: 'people', meetings: 'records/minutes' };
    assert.equal(only(planMember(ROOT, layout, { name: 'Sam Lee', today: TODAY, existingIds: [] })).path, `${ROOT}/people/sam-lee.md`);
    assert.equal(only(planMeeting(ROOT, layout, { date: TODAY, existingIds: [] })).path, `${ROOT}/records/minutes/2026-11-27-network-meeting.md`);
  });
});

describe('templates: every planned document passes netgov check', () => {
  it('a new network, with members, actions, meetings and a pulse, has only template.unedited warnings, on every document, until its guidance is rewritten', async () => {
    const files: PlannedFile[] = [...planNetwork(ROOT, { name: 'North Shire Frailty Network', today: TODAY })];
    const members: string[] = [];
    for (const name of ['Amara Okafor', 'Tom Hughes', 'Amara Okafor', 'Zoë D\'Souza: "patient partner"']) {
      const file = only(planMember(ROOT, DEFAULT_LAYOUT, { name, organisation: name.startsWith('Zoë') ? undefined : 'Riverside Hospitals NHS Foundation Trust', today: TODAY, existingIds: members }));
      members.push(idOf(file));
      files.push(file);
    }
    assert.deepEqual(members, ['amara-okafor', 'tom-hughes', 'amara-okafor-2', 'zoe-d-souza-patient-partner']);
    const actions: string[] = [];
    for (const title of TRICKY_TITLES) {
      const file = only(planAction(ROOT, DEFAULT_LAYOUT, { title, proposedBy: members[actions.length % members.length]!, owners: members.slice(0, 2), outcomes: ['first-outcome'], today: TODAY, existingIds: actions }));
      actions.push(idOf(file));
      files.push(file);
    }
    files.push(only(planAction(ROOT, DEFAULT_LAYOUT, { title: 'No owners yet', proposedBy: 'tom-hughes', today: TODAY, existingIds: actions })));
    files.push(only(planMeeting(ROOT, DEFAULT_LAYOUT, { date: TODAY, facilitator: 'tom-hughes', attendees: members, existingIds: [] })));
    files.push(only(planMeeting(ROOT, DEFAULT_LAYOUT, { date: '2027-01-14', type: 'workstream', title: 'Falls: first workshop', existingIds: [] })));
    files.push(only(planPulse(ROOT, DEFAULT_LAYOUT, { date: TODAY, title: 'Autumn check: "how are we doing?"', invited: 10, respondents: 7, existingIds: [] })));

    const workspace = new MemoryWorkspace(Object.fromEntries(files.map((f) => [f.path, f.content])));
    const report = await checkDirectory(workspace, ROOT, { today: TODAY });
    assert.equal(report.networks, 1);
    const documents = files.filter((f) => !f.path.endsWith('/README.md'));
    assert.equal(report.filesChecked, documents.length);
    // Nothing but the reminder that the templates' guidance is still there...
    assert.deepEqual(
      report.diagnostics.filter((d) => d.code !== 'template.unedited').map((d) => `${posix.relative(ROOT, d.file)}:${d.range.start.line + 1} ${d.severity} ${d.code} ${d.message}`),
      [],
    );
    assert.ok(report.diagnostics.every((d) => d.severity === 'warning'));
    // ...and it is on every document, since every template carries guidance, except the notes of a meeting still to come.
    assert.deepEqual(documents.map((f) => f.path).filter((path) => !report.diagnostics.some((d) => d.file === path)), [`${ROOT}/meetings/2027-01-14-falls-first-workshop.md`]);

    // Members who write their own words in place of the guidance have a network that checks clean.
    const edited = new MemoryWorkspace(
      Object.fromEntries(
        files.map((f) => {
          const flagged = new Set(report.diagnostics.filter((d) => d.file === f.path && d.data?.firstLine !== undefined).flatMap((d) => range(d.data!.firstLine as number, d.data!.lastLine as number)));
          const lines = f.content.split('\n').map((line, i) => (flagged.has(i) ? 'Our own words, agreed by members.' : line));
          return [f.path, lines.join('\n').replace(/To be agreed by the members of [^\n]*\./, 'Older people stay well at home.').replace('Our first outcome (to be agreed)', 'Fewer falls')];
        }),
      ),
    );
    const after = await checkDirectory(edited, ROOT, { today: TODAY });
    assert.deepEqual(after.diagnostics.map((d) => `${posix.relative(ROOT, d.file)}:${d.range.start.line + 1} ${d.code}`), []);
  });
});
