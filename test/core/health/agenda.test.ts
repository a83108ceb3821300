import assert from 'node:assert/strict';
import { posix } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Parent } from 'mdast';
import { parse } from 'yaml';
import { checkDirectory } from '../../../src/core/check';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import { agendaMarkdown, agendaSummary, draftAgenda, inline, planAgenda, type AgendaDraft } from '../../../src/core/health/agenda';
import type { Checklist, IndicatorItem, Thresholds } from '../../../src/core/health/checklist';
import { evaluateHealth } from '../../../src/core/health/evaluate';
import { TemplateInputError } from '../../../src/core/templates/plan';
import { MemoryWorkspace } from '../../helpers/memory-workspace';
import { charter, md, PURPOSE } from '../network-builder';
import { networkOf, ROOT } from './health-fixtures';

const TODAY = '2026-11-27';
const MEETING = '2026-12-03';
const TRICKY = '<script>alert(1)</script> **Bold** [link](https://example.org) &amp; `code` _x_ | ~~gone~~';

/** One checklist item, `purpose-exists` (0 with no PURPOSE.md), judged by the given thresholds. */
function purposeChecklist(thresholds: Thresholds): Checklist {
  const item: IndicatorItem = {
    id: 'purpose-written',
    dimension: 'purpose',
    title: 'Purpose written down',
    why: 'A shared purpose holds a network together.',
    improve: 'Agree a purpose.',
    weight: 1,
    phaseWeights: { 'start-up': 1, ongoing: 1 },
    type: 'indicator',
    indicator: { name: 'purpose-exists', params: {}, thresholds },
  };
  return { id: 'agenda-test', items: [item] };
}

const AT_RISK: Thresholds = { direction: 'higher-is-better', healthy: 1, watch: 0.5 };
const WATCH: Thresholds = { direction: 'higher-is-better', healthy: 1, watch: 0 };
const HEALTHY: Thresholds = { direction: 'higher-is-better', healthy: 0, watch: 0 };

function person(name: string, extra: readonly string[] = [], joined = '2024-01-01'): string {
  return md([`name: ${name}`, 'organisation: North Shire Community Health', `joined: ${joined}`, ...extra]);
}

const BODY = ['## Proposal', 'Text.', '', '## Expected impact', 'Text.'];

/**
 * A network with something for every section, as of TODAY: two proposals, a
 * lead term ending in 49 days, a coordinator term ended and not handed on, a
 * lead term ended and handed on (not listed), a co-chair who left (not listed),
 * an agreed action 26 days overdue and a temperature check 13 months old.
 * No PURPOSE.md, so `purpose-exists` measures 0.
 */
function files(): Record<string, string> {
  return {
    'CHARTER.md': charter({ areas: true, pullRequests: true }),
    'members/amara-okafor.md': person('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-16', '    until: 2027-01-15']),
    'members/tom-hughes.md': person('Tom Hughes', ['roles:', '  - role: coordinator', '    from: 2024-07-01', '    until: 2026-06-30']),
    'members/sam-lee.md': person('Sam Lee', ['roles:', '  - role: lead', '    area: discharge', '    from: 2024-06-01', '    until: 2026-05-31']),
    'members/priya-shah.md': person('Priya Shah', ['roles:', '  - role: lead', '    area: discharge', '    from: 2026-06-01', '    until: 2028-05-31']),
    'members/gareth-jones.md': person('Gareth Jones', ['left: 2026-01-31', 'roles:', '  - role: co-chair', '    from: 2024-02-01', '    until: 2026-01-31']),
    'actions/2026-11-20-tricky.md': md(['title: "' + TRICKY.replace(/"/g, '\\"') + '"', 'status: proposed', 'proposed_by: amara-okafor', 'proposed: 2026-11-20'], BODY),
    'actions/2026-09-01-winter-plan.md': md(['title: A winter plan', 'status: proposed', 'proposed_by: tom-hughes', 'proposed: 2026-09-01'], BODY),
    'actions/2026-10-01-discharge-letters.md': md(
      [
        'title: Clearer discharge letters',
        'status: agreed',
        'proposed_by: sam-lee',
        'proposed: 2026-10-01',
        'owners: [sam-lee, priya-shah]',
        'due: 2026-11-01',
        'decision:',
        '  date: 2026-10-05',
        '  via: pull-request',
        '  result: agreed',
      ],
      BODY,
    ),
    'actions/2026-08-01-done.md': md(
      ['title: Done already', 'status: done', 'proposed_by: sam-lee', 'proposed: 2026-08-01', 'owners: [sam-lee]', 'due: 2026-09-01', 'completed: 2026-08-20', 'decision:', '  date: 2026-08-05', '  via: pull-request', '  result: agreed'],
      BODY,
    ),
    'pulses/2025-q4.md': md(['date: 2025-10-01', 'checklist: netgov-core', 'invited: 10', 'respondents: 6']),
  };
}

async function draftOf(network: Record<string, string>, thresholds = AT_RISK, options: { asOf?: string; soonDays?: number } = {}): Promise<AgendaDraft> {
  const snapshot = evaluateHealth(await networkOf(network), purposeChecklist(thresholds), { asOf: options.asOf ?? TODAY, present: TODAY });
  return draftAgenda(snapshot, { date: MEETING, ...(options.soonDays === undefined ? {} : { soonDays: options.soonDays }) });
}

const MEETINGS = posix.join(ROOT, 'meetings');

describe('agenda', () => {
  it('drafts every section from the documents as of the day', async () => {
    const draft = await draftOf(files());
    assert.equal(draft.date, MEETING);
    assert.equal(draft.asOf, TODAY);
    assert.deepEqual(
      draft.proposals.map((p) => [p.id, p.proposedBy?.name, p.proposed, p.waitingDays]),
      [
        ['2026-09-01-winter-plan', 'Tom Hughes', '2026-09-01', 87],
        ['2026-11-20-tricky', 'Amara Okafor', '2026-11-20', 7],
      ],
    );
    assert.deepEqual(draft.findings, {
      level: 'at-risk',
      items: [
        {
          dimension: 'purpose',
          itemId: 'purpose-written',
          title: 'Purpose written down',
          summary: 'There is no purpose document.',
          question: 'What is this network for? Could members agree a one-sentence purpose and the outcomes it aims for?',
        },
      ],
    });
    assert.deepEqual(
      draft.roles.map((r) => [r.member.id, r.role, r.area, r.areaTitle, r.until, r.expired, posix.relative(ROOT, r.file), r.at]),
      [
        ['tom-hughes', 'coordinator', undefined, undefined, '2026-06-30', true, 'members/tom-hughes.md', ['roles', 0, 'until']],
        ['amara-okafor', 'lead', 'frailty', 'Frailty', '2027-01-15', false, 'members/amara-okafor.md', ['roles', 0, 'until']],
      ],
    );
    assert.deepEqual(draft.temperatureCheck, { due: true, last: { id: '2025-q4', date: '2025-10-01', file: `${ROOT}/pulses/2025-q4.md` } });
    assert.deepEqual(
      draft.overdue.map((a) => [a.id, a.due, a.owners.map((o) => o.name)]),
      [['2026-10-01-discharge-letters', '2026-11-01', ['Sam Lee', 'Priya Shah']]],
    );
  });

  it('renders the agenda in plain words, with links relative to the meetings folder', async () => {
    const draft = await draftOf(files());
    const tricky = inline(TRICKY);
    assert.equal(
      agendaMarkdown(draft, MEETINGS),
      [
        "Drafted by netgov from the network's documents as of 27 Nov 2026, for the lead to edit: add, reorder or remove items. Nothing here has been decided.",
        '',
        '### Proposals waiting for a decision',
        '',
        '- A winter plan ([2026-09-01-winter-plan](../actions/2026-09-01-winter-plan.md)): proposed by Tom Hughes on 1 Sep 2026, waiting 2 months.',
        `- ${tricky} ([2026-11-20-tricky](../actions/2026-11-20-tricky.md)): proposed by Amara Okafor on 20 Nov 2026, waiting 7 days.`,
        '',
        '### Findings at risk',
        '',
        '#### Shared purpose and impact',
        '',
        '- Purpose written down: There is no purpose document. To discuss: What is this network for? Could members agree a one-sentence purpose and the outcomes it aims for?',
        '',
        '### Lead roles ending soon',
        '',
        '- Tom Hughes, coordinator: the term ended on 30 Jun 2026, 150 days ago, and no one has taken the role on since.',
        '- Amara Okafor, lead for Frailty: the term ends on 15 Jan 2027, in 49 days.',
        '',
        '### Temperature check',
        '',
        '- A temperature check is due: the last was on 1 Oct 2025 ([2025-q4](../pulses/2025-q4.md)), 13 months ago. Agree when to ask members how the network is doing.',
        '',
        '### Overdue actions',
        '',
        '- Clearer discharge letters ([2026-10-01-discharge-letters](../actions/2026-10-01-discharge-letters.md)): due 1 Nov 2026, 26 days ago; owned by Sam Lee, Priya Shah.',
      ].join('\n'),
    );
  });

  it('shows watch items, saying so, only when nothing is at risk; and says when there are neither', async () => {
    const watch = await draftOf(files(), WATCH);
    assert.equal(watch.findings.level, 'watch');
    assert.deepEqual(watch.findings.items.map((item) => item.itemId), ['purpose-written']);
    const markdown = agendaMarkdown(watch, MEETINGS);
    assert.match(markdown, /### Findings at risk\n\nNothing is at risk\. These findings are worth watching:\n\n#### Shared purpose and impact\n\n- Purpose written down: There is no purpose document\./);

    const healthy = await draftOf(files(), HEALTHY);
    assert.deepEqual(healthy.findings, { level: 'none', items: [] });
    assert.match(agendaMarkdown(healthy, MEETINGS), /### Findings at risk\n\nNo findings are at risk or worth watching\.\n/);
  });

  it('keeps every section when it is empty, saying so in a line', async () => {
    const quiet = {
      'CHARTER.md': charter(),
      'PURPOSE.md': PURPOSE,
      'members/amara-okafor.md': person('Amara Okafor', ['roles:', '  - role: lead', '    from: 2026-01-01', '    until: 2027-12-31']),
      'pulses/2026-q3.md': md(['date: 2026-09-30', 'checklist: netgov-core', 'invited: 10', 'respondents: 6']),
    };
    const markdown = agendaMarkdown(await draftOf(quiet, AT_RISK), MEETINGS);
    const afterIntro = markdown.split('\n').slice(2);
    assert.deepEqual(afterIntro, [
      '### Proposals waiting for a decision',
      '',
      'No proposals are waiting for a decision.',
      '',
      '### Findings at risk',
      '',
      'No findings are at risk or worth watching.',
      '',
      '### Lead roles ending soon',
      '',
      'No lead role ends in the next 90 days, and every ended term has been handed on.',
      '',
      '### Temperature check',
      '',
      'No temperature check is due: the last was on 30 Sep 2026 ([2026-q3](../pulses/2026-q3.md)).',
      '',
      '### Overdue actions',
      '',
      'No agreed actions are overdue.',
    ]);
  });

  it('adds no "To discuss" to a finding with no question, or only spaces', async () => {
    const draft = await draftOf(files());
    const [finding] = draft.findings.items;
    for (const question of ['', '   ']) {
      const markdown = agendaMarkdown({ ...draft, findings: { ...draft.findings, items: [{ ...finding!, question }] } }, MEETINGS);
      assert.match(markdown, /\n- Purpose written down: There is no purpose document\.\n/, JSON.stringify(question));
    }
  });

  it('says a temperature check is due when there has never been one, and not when the last is exactly 12 months old', async () => {
    const base = { 'CHARTER.md': charter(), 'PURPOSE.md': PURPOSE };
    const none = await draftOf(base);
    assert.deepEqual(none.temperatureCheck, { due: true, last: undefined });
    assert.match(agendaMarkdown(none, MEETINGS), /- A temperature check is due: the network has not had one yet\./);
    const yearOld = await draftOf({ ...base, 'pulses/2025-q4.md': md(['date: 2025-11-27', 'checklist: netgov-core', 'invited: 10', 'respondents: 6']) });
    assert.equal(yearOld.temperatureCheck.due, false);
    const older = await draftOf({ ...base, 'pulses/2025-q4.md': md(['date: 2025-11-26', 'checklist: netgov-core', 'invited: 10', 'respondents: 6']) });
    assert.equal(older.temperatureCheck.due, true);
  });

  it('looks as far ahead for ending terms as asked', async () => {
    assert.deepEqual((await draftOf(files(), AT_RISK, { soonDays: 30 })).roles.map((r) => r.member.id), ['tom-hughes']);
    assert.deepEqual((await draftOf(files(), AT_RISK, { soonDays: 550 })).roles.map((r) => r.member.id), ['tom-hughes', 'amara-okafor']);
    assert.deepEqual((await draftOf(files(), AT_RISK, { soonDays: 49 })).roles.map((r) => r.member.id), ['tom-hughes', 'amara-okafor']);
    assert.deepEqual((await draftOf(files(), AT_RISK, { soonDays: 551 })).roles.map((r) => r.member.id), ['tom-hughes', 'amara-okafor', 'priya-shah']);
  });

  it('lists neither a term nor overdue work in an area the charter retires: nobody takes them on', async () => {
    const network = files();
    network['CHARTER.md'] = network['CHARTER.md']!.replace('    title: Frailty\n', '    title: Frailty\n    retired: 2027-01-10\n').replace('    title: Discharge\n', '    title: Discharge\n    retired: 2026-10-15\n');
    network['actions/2026-10-01-discharge-letters.md'] = network['actions/2026-10-01-discharge-letters.md']!.replace('proposed: 2026-10-01\n', 'proposed: 2026-10-01\narea: discharge\n');
    network['actions/2026-09-01-winter-plan.md'] = network['actions/2026-09-01-winter-plan.md']!.replace('proposed: 2026-09-01\n', 'proposed: 2026-09-01\narea: discharge\n');
    const draft = await draftOf(network, AT_RISK, { soonDays: 49 });
    assert.deepEqual(draft.roles.map((r) => r.member.id), ['tom-hughes']);
    assert.deepEqual(draft.overdue, []);
    assert.deepEqual(draft.proposals.map((p) => p.id), ['2026-11-20-tricky']);
  });

  it('reads the documents as of an earlier day', async () => {
    // On 1 Oct 2026 the discharge letters were proposed and not yet decided; the tricky proposal did not exist;
    // Amara's term was 106 days from its end; the temperature check was 12 months old, not yet due.
    const draft = await draftOf(files(), AT_RISK, { asOf: '2026-10-01' });
    assert.deepEqual(
      draft.proposals.map((p) => [p.id, p.waitingDays]),
      [
        ['2026-09-01-winter-plan', 30],
        ['2026-10-01-discharge-letters', 0],
      ],
    );
    assert.deepEqual(draft.roles.map((r) => [r.member.id, r.expired]), [['tom-hughes', true]]);
    assert.equal(draft.temperatureCheck.due, false);
    assert.deepEqual(draft.overdue, []);
    assert.match(agendaMarkdown(draft, MEETINGS), /proposed by Sam Lee on 1 Oct 2026, waiting since today\./);
  });

  it('lists the ten most overdue actions and counts the rest', async () => {
    const network: Record<string, string> = { 'CHARTER.md': charter(), 'PURPOSE.md': PURPOSE, 'members/sam-lee.md': person('Sam Lee') };
    for (let day = 1; day <= 12; day++) {
      const dd = String(day).padStart(2, '0');
      network[`actions/2026-09-${dd}-task.md`] = md(
        ['title: Task ' + day, 'status: in-progress', 'proposed_by: sam-lee', `proposed: 2026-09-${dd}`, 'owners: [sam-lee]', `due: 2026-10-${dd}`, 'decision:', `  date: 2026-09-${dd}`, '  via: pull-request', '  result: agreed'],
        BODY,
      );
    }
    const draft = await draftOf(network);
    assert.equal(draft.overdue.length, 12);
    const lines = agendaMarkdown(draft, MEETINGS).split('### Overdue actions\n\n')[1]!.split('\n');
    assert.equal(lines.length, 11);
    assert.equal(lines[0], '- Task 1 ([2026-09-01-task](../actions/2026-09-01-task.md)): due 1 Oct 2026, 57 days ago; owned by Sam Lee.');
    assert.match(lines[9]!, /^- Task 10 /);
    assert.equal(lines[10], '- And 2 more overdue actions.');
  });

  it('sums the draft up in one sentence, naming how grave the findings are', async () => {
    assert.equal(
      agendaSummary(await draftOf(files())),
      'The agenda has 2 proposals waiting, 1 finding at risk, 2 lead roles ending or ended, a temperature check due, 1 overdue action.',
    );
    assert.equal(
      agendaSummary(await draftOf(files(), WATCH)),
      'The agenda has 2 proposals waiting, 1 finding on watch, 2 lead roles ending or ended, a temperature check due, 1 overdue action.',
    );
    assert.equal(
      agendaSummary(await draftOf(files(), HEALTHY, { asOf: '2026-10-01' })),
      'The agenda has 2 proposals waiting, no findings at risk or on watch, 1 lead role ending or ended, no temperature check due, 0 overdue actions.',
    );
  });

  it('says so when nobody is recorded as proposing an action', async () => {
    const network = files();
    network['actions/2026-09-01-winter-plan.md'] = network['actions/2026-09-01-winter-plan.md']!.replace('proposed_by: tom-hughes\n', '');
    const draft = await draftOf(network);
    assert.equal(draft.proposals[0]!.proposedBy, undefined);
    assert.match(
      agendaMarkdown(draft, MEETINGS),
      /\n- A winter plan \(\[2026-09-01-winter-plan\]\(\.\.\/actions\/2026-09-01-winter-plan\.md\)\): proposed \(by whom is not recorded\) on 1 Sep 2026, waiting 2 months\.\n/,
    );
  });

  it('refuses a meeting date that is not a date, and a negative look-ahead', async () => {
    const snapshot = evaluateHealth(await networkOf(files()), purposeChecklist(AT_RISK), { asOf: TODAY });
    assert.throws(() => draftAgenda(snapshot, { date: '2026-02-30' }), TemplateInputError);
    assert.throws(() => draftAgenda(snapshot, { date: MEETING, soonDays: -1 }), TemplateInputError);
  });

  describe('the meeting document', () => {
    it('is a network meeting on the date, facilitator left out, no one attending and nothing decided yet', async () => {
      const [file, ...rest] = planAgenda(ROOT, DEFAULT_LAYOUT, await draftOf(files()), []);
      assert.equal(rest.length, 0);
      assert.equal(file!.path, `${ROOT}/meetings/2026-12-03-network-meeting.md`);
      const match = /^---\n([\s\S]*?)\n---\n\n## Agenda\n\n/.exec(file!.content);
      assert.ok(match, file!.content);
      assert.deepEqual(parse(match[1]!, { version: '1.2' }), { kind: 'meeting', title: 'Network meeting', date: MEETING, type: 'network', attendees: [], decisions: [] });
      assert.match(file!.content, /\n## Notes\n\nWrite down the main points/);
      assert.match(file!.content, /\n## Decisions\n\nFor each proposal decided/);
      assert.ok(file!.content.endsWith('\n'));
    });

    it('takes a fresh id when a meeting has the date already, ignoring case', async () => {
      const draft = await draftOf(files());
      assert.equal(planAgenda(ROOT, DEFAULT_LAYOUT, draft, ['2026-12-03-Network-Meeting'])[0]!.path, `${ROOT}/meetings/2026-12-03-network-meeting-2.md`);
    });

    it('follows the layout of netgov.yml: links from its meetings folder, with spaces encoded, that resolve', async () => {
      const moved: Record<string, string> = { 'netgov.yml': 'layout:\n  meetings: records/meeting notes\n  actions: work items\n' };
      for (const [relative, content] of Object.entries(files())) moved[relative.replace(/^actions\//, 'work items/')] = content;
      const network = await networkOf(moved);
      const draft = draftAgenda(evaluateHealth(network, purposeChecklist(AT_RISK), { asOf: TODAY }), { date: MEETING });
      const [file] = planAgenda(ROOT, network.config.layout, draft, []);
      assert.equal(file!.path, `${ROOT}/records/meeting notes/2026-12-03-network-meeting.md`);
      assert.match(file!.content, /\(\[2026-09-01-winter-plan\]\(\.\.\/\.\.\/work%20items\/2026-09-01-winter-plan\.md\)\)/);
      const workspace = new MemoryWorkspace(Object.fromEntries(Object.entries(moved).map(([relative, content]) => [posix.join(ROOT, relative), content])));
      workspace.write(file!.path, file!.content);
      const report = await checkDirectory(workspace, ROOT, { today: TODAY });
      assert.deepEqual(report.diagnostics.filter((d) => d.file === file!.path).map((d) => `${d.code} ${d.message}`), []);
    });

    it('passes netgov check: nothing at all is reported about it, and the network has no errors', async () => {
      const network = files();
      const [file] = planAgenda(ROOT, DEFAULT_LAYOUT, await draftOf(network), []);
      const workspace = new MemoryWorkspace(Object.fromEntries(Object.entries(network).map(([relative, content]) => [posix.join(ROOT, relative), content])));
      workspace.write(file!.path, file!.content);
      const report = await checkDirectory(workspace, ROOT, { today: TODAY });
      const shown = report.diagnostics.map((d) => `${posix.relative(ROOT, d.file)}:${d.range.start.line + 1} ${d.severity} ${d.code} ${d.message}`);
      assert.deepEqual(shown.filter((line) => line.startsWith('meetings/') || / error /.test(line)), []);
    });

    it('renders a title full of markdown and HTML as inert text', async () => {
      const [file] = planAgenda(ROOT, DEFAULT_LAYOUT, await draftOf(files()), []);
      // The agenda only: the template's own guidance below it quotes field names as code.
      const body = file!.content.slice(file!.content.indexOf('## Agenda'), file!.content.indexOf('## Notes'));
      const tree = unified().use(remarkParse).parse(body);
      const nodes: Nodes[] = [];
      const walk = (node: Nodes): void => {
        nodes.push(node);
        if ('children' in node) for (const child of (node as Parent).children) walk(child);
      };
      walk(tree);
      assert.deepEqual(nodes.filter((n) => ['html', 'strong', 'emphasis', 'inlineCode', 'delete'].includes(n.type)).map((n) => n.type), []);
      const links = nodes.flatMap((n) => (n.type === 'link' ? [n.url] : []));
      assert.ok(links.every((url) => url.startsWith('../')), links.join(', '));
      const item = nodes.find((n) => n.type === 'listItem' && toString(n).includes('2026-11-20-tricky'));
      assert.ok(item);
      assert.ok(toString(item).startsWith(`${TRICKY} (2026-11-20-tricky): proposed by Amara Okafor`), toString(item));
    });

    it('escapes what would start a list, a heading or a quote at the start of a line', () => {
      assert.equal(inline('- a dash'), '\\- a dash');
      assert.equal(inline('+ plus'), '\\+ plus');
      assert.equal(inline('# hash'), '\\# hash');
      assert.equal(inline('12. twelve'), '12\\. twelve');
      assert.equal(inline('> quote'), '\\> quote');
      assert.equal(inline('two\nlines  and\tspaces '), 'two lines and spaces');
      assert.equal(inline('Data & reporting'), 'Data & reporting');
      assert.equal(inline('&copy;'), '\\&copy;');
    });
  });
});

