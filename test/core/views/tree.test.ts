import assert from 'node:assert/strict';
import { describeLeadRole, networkTree, type ViewNode } from '../../../src/core/views/tree';
import { CHARTER, ROOT, TODAY, networkOf } from './view-network';

/** `label — description [icon]` lines, indented by depth, with `(collapsed)` on closed groups. */
function outline(nodes: readonly ViewNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.label}${node.description ? ` — ${node.description}` : ''} [${node.icon.id}]${node.children && !node.expanded ? ' (collapsed)' : ''}`,
    ...outline(node.children ?? [], depth + 1),
  ]);
}

function find(nodes: readonly ViewNode[], label: string): ViewNode {
  for (const node of nodes) {
    if (node.label === label) return node;
    const found = node.children && findOrUndefined(node.children, label);
    if (found) return found;
  }
  throw new Error(`no node '${label}'`);
}

function findOrUndefined(nodes: readonly ViewNode[], label: string): ViewNode | undefined {
  try {
    return find(nodes, label);
  } catch {
    return undefined;
  }
}

describe('views: the Network tree', () => {
  it('shows one network as its groups, with the expected items', async () => {
    const tree = networkTree([{ key: 'file:///ws/net', network: await networkOf() }], TODAY);
    assert.deepEqual(outline(tree), [
      'Members — 10 [organization]',
      '  Leads — 4 [star-full]',
      '    Amara Okafor — lead, hospital-discharge, until 15 Jan 2027 [person]',
      '    Priya Shah — lead, frailty, until 31 Aug 2027 [person]',
      '    Tom Hughes — co-chair, until 31 May 2027 [person]',
      '    Sam Lee — coordinator, until 31 Dec 2026 [person]',
      '  Sponsors — 1 [verified]',
      '    Gareth Jones — North Shire ICB [person]',
      '  Patient partners — 1 [heart]',
      '    Jean Wilson — Carer [person]',
      '  Members — 4 [person]',
      '    Lena Fischer — North Shire Community Health [person]',
      '    Nia Evans — North Shire Community Health [person]',
      '    Olu Adeyemi — North Shire Community Health [person]',
      '    Zoe Ward — North Shire Community Health [person]',
      '  Former members — 2 [history] (collapsed)',
      '    Ann Baker — left 30 Sep 2026 [person]',
      '    Mo Rahman — left 30 Jun 2026 [person]',
      'Actions — 6 open, 2 overdue [warning]',
      '  Proposed — 1 [lightbulb]',
      '    An idea [lightbulb]',
      '  Agreed — 1 [thumbsup]',
      '    Agreed soon — due 10 Dec 2026 [thumbsup]',
      '  In progress — 2 [play-circle]',
      '    Late work — overdue, due 1 Nov 2026 (26 days ago) [warning]',
      '    No due date [play-circle]',
      '  Blocked — 1 [stop-circle]',
      '    Stuck — due 1 Mar 2027 [stop-circle]',
      '  Done — 2 [pass] (collapsed)',
      '    Finished too — done 20 Nov 2026 [pass]',
      '    Finished — done 5 Oct 2026 [pass]',
      '  Dropped — 1 [circle-slash] (collapsed)',
      '    Stopped [circle-slash]',
      '  No valid status — 1 [question]',
      '    Odd status — overdue, due 26 Nov 2026 (yesterday) [warning]',
      'Coming up — 7, 2 overdue [calendar]',
      '  Late work — overdue, due 1 Nov 2026, 26 days ago [warning]',
      '  Odd status — overdue, due 26 Nov 2026, yesterday [warning]',
      '  Jean Wilson: patient-partner — term ends 27 Nov 2026, today [person]',
      '  Agreed soon — due 10 Dec 2026, in 13 days [checklist]',
      '  Sam Lee: coordinator — term ends 31 Dec 2026, in 34 days [person]',
      '  Amara Okafor: lead, hospital-discharge — term ends 15 Jan 2027, in 49 days [person]',
      '  Charter review — due 10 Mar 2027, in 103 days [law]',
    ]);
  });

  it('links every document item to its file, and colours warnings', async () => {
    const tree = networkTree([{ key: 'k', network: await networkOf() }], TODAY);
    assert.equal(find(tree, 'Amara Okafor').path, `${ROOT}/members/amara-okafor.md`);
    assert.equal(find(tree, 'Charter review').path, `${ROOT}/CHARTER.md`);
    const late = find(tree, 'Late work');
    assert.equal(late.path, `${ROOT}/actions/2026-09-01-late-work.md`);
    assert.deepEqual(late.icon, { id: 'warning', color: 'list.warningForeground' });
    assert.equal(late.contextValue, 'action-overdue');
    // The Network view's "Put proposal on a branch" shows on proposals only (package.json matches `action-proposed`).
    assert.equal(find(tree, 'An idea').contextValue, 'action-proposed');
    assert.equal(find(tree, 'Agreed soon').contextValue, 'action');
    assert.equal(find(tree, 'Members').path, undefined);
  });

  it('gives each action a tooltip with its status, owner and dates, saying when it is overdue', async () => {
    const tree = networkTree([{ key: 'k', network: await networkOf() }], TODAY);
    assert.deepEqual(
      ['Agreed soon', 'Late work', 'Finished'].map((label) => find(tree, label).tooltip),
      [
        'Agreed soon\n2026-09-01-agreed-soon: agreed\nNo owner yet\nProposed 1 Sep 2026\nDue 10 Dec 2026',
        'Late work\n2026-09-01-late-work: in-progress\nNo owner yet\nProposed 1 Sep 2026\nDue 1 Nov 2026 (overdue)',
        'Finished\n2026-09-01-finished: done\nNo owner yet\nProposed 1 Sep 2026\nDue 1 Oct 2026\nCompleted 5 Oct 2026',
      ],
    );
  });

  it('gives every node an id unique in the tree', async () => {
    const network = await networkOf();
    const tree = networkTree(
      [
        { key: 'a', network },
        { key: 'b', network },
      ],
      TODAY,
    );
    const ids: string[] = [];
    const walk = (nodes: readonly ViewNode[]): void => nodes.forEach((n) => (ids.push(n.id), walk(n.children ?? [])));
    walk(tree);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('a/members/leads/amara-okafor'));
    assert.ok(ids.includes('b/coming-up/charter-review'));
  });

  it('shows several networks as one node each, named after the charter, holding the groups', async () => {
    const first = await networkOf();
    const second = await networkOf({ 'CHARTER.md': CHARTER.replace('North Shire Frailty Network', 'Eastfield Asthma Network') }, '/ws/east');
    const tree = networkTree(
      [
        { key: 'file:///ws/net', network: first, description: 'net' },
        { key: 'file:///ws/east', network: second, description: 'east' },
      ],
      TODAY,
    );
    assert.deepEqual(
      tree.map((n) => [n.label, n.description, n.expanded, n.path, n.children?.map((c) => c.label)]),
      [
        ['North Shire Frailty Network', 'net', true, `${ROOT}/CHARTER.md`, ['Members', 'Actions', 'Coming up']],
        ['Eastfield Asthma Network', 'east', true, '/ws/east/CHARTER.md', ['Members', 'Actions', 'Coming up']],
      ],
    );
    assert.deepEqual(networkTree([], TODAY), []);
  });

  it('shows placeholders in a new network, with commands to start', async () => {
    const tree = networkTree([{ key: 'k', network: await networkOf({ 'CHARTER.md': CHARTER.replace('  last_reviewed: 2026-03-10\n', '').replace('established: 2025-03-01', 'established: 2026-11-01') }) }], TODAY);
    assert.deepEqual(outline(tree), [
      'Members — 0 [organization]',
      '  No members yet [info]',
      'Actions — 0 open [checklist]',
      '  No actions yet [info]',
      'Coming up — 1 [calendar]',
      '  Charter review — due 1 Nov 2027, in 339 days [law]',
    ]);
    assert.equal(find(tree, 'No members yet').command, 'netgov.newMember');
    assert.equal(find(tree, 'No actions yet').command, 'netgov.proposeAction');
    const empty = networkTree([{ key: 'k', network: await networkOf({ 'CHARTER.md': CHARTER.replace('  cadence: 12\n', '') }) }], TODAY);
    assert.deepEqual(outline(empty.slice(2)), ['Coming up — 0 [calendar]', '  Nothing due in the next 60 days [info]']);
  });

  it('describes a lead role with its area and end, or says it has none', () => {
    assert.equal(describeLeadRole({ index: 0, role: 'lead', area: 'hospital-discharge', from: '2025-01-15', until: '2027-01-15' }), 'lead, hospital-discharge, until 15 Jan 2027');
    assert.equal(describeLeadRole({ index: 0, role: 'co-chair', area: undefined, from: '2025-01-15', until: undefined }), 'co-chair, no end date');
  });
});
