// The Network view and the health panel's pictures for the example network and every scenario,
// compared with committed golden files: each node of the view (label, description, tooltip, icon,
// menu kind, what it opens) and the panel's data beside the report (the collaboration picture, the
// leadership timeline, the action funnel, participation month by month; the report itself is pinned
// by test/cli/health-digest-golden.test.ts). The view and panel tests assert the cases one by one;
// this pins whole networks as people see them. A deliberate change is accepted with
// `npm run update-goldens` and reviewed in the diff.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { loadNetwork } from '../../../src/core/check';
import { builtInChecklist } from '../../../src/core/health/checklist';
import { buildPanelData } from '../../../src/core/health/panel-data';
import { networkTree, type ViewNode } from '../../../src/core/views/tree';
import { digest, LEFT_OUT } from '../../helpers/digest';
import { assertGolden } from '../../helpers/goldens';
import { workspaceFromFolder } from '../../helpers/memory-workspace';
import { fromRoot } from '../../helpers/paths';

const ROOT = '/views';
const AS_OF = '2026-11-27';
const GOLDENS = 'test/fixtures/views';

const scenarios = readdirSync(fromRoot('test/fixtures/scenarios'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const NETWORKS: ReadonlyArray<readonly [string, string]> = [['example', 'examples/north-east-frailty-network'], ...scenarios.map((name) => [name, `test/fixtures/scenarios/${name}`] as const)];

/** One line per node, indented by depth: label, then each field the node has. */
function treeLines(nodes: readonly ViewNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    [
      `${'  '.repeat(depth)}${node.label}`,
      ...(node.description === undefined ? [] : [`description ${JSON.stringify(node.description)}`]),
      `icon ${node.icon.id}${node.icon.color ? ` ${node.icon.color}` : ''}`,
      node.contextValue,
      ...(node.path === undefined ? [] : [`opens ${posix.relative(ROOT, node.path)}`]),
      ...(node.command === undefined ? [] : [`runs ${node.command}`]),
      ...(node.expanded === undefined ? [] : [node.expanded ? 'expanded' : 'collapsed']),
      ...(node.tooltip === undefined ? [] : [`tooltip ${JSON.stringify(node.tooltip)}`]),
      `id ${node.id}`,
    ].join(' | '),
    ...treeLines(node.children ?? [], depth + 1),
  ]);
}

describe('the Network view and the health panel\'s pictures, pinned per network', function () {
  this.timeout(120000);

  it('has a golden file for each network and no other', () => {
    assert.deepEqual(readdirSync(fromRoot(GOLDENS)).sort(), NETWORKS.flatMap(([name]) => [`${name}.panel.golden`, `${name}.tree.golden`]).sort());
  });

  for (const [name, folder] of NETWORKS) {
    it(`${folder}, as of ${AS_OF}`, async () => {
      const { network } = await loadNetwork(workspaceFromFolder(fromRoot(folder), ROOT), ROOT);
      assertGolden(GOLDENS, `${name}.tree.golden`, `${treeLines(networkTree([{ key: 'net', network }], AS_OF)).join('\n')}\n`);
      const panel = buildPanelData(network, builtInChecklist(), { asOf: AS_OF, present: AS_OF, trendMonths: 12 });
      assertGolden(GOLDENS, `${name}.panel.golden`, `${digest(panel, '', new Set([...LEFT_OUT, 'report'])).join('\n')}\n`);
    });
  }
});
