import assert from 'node:assert/strict';
import { UndirectedGraph } from 'graphology';
import { builtInChecklist, readChecklist, type Checklist } from '../../../src/core/health/checklist';
import { AsOfFacts } from '../../../src/core/health/facts';
import { healthToMarkdown } from '../../../src/core/health/format/markdown';
import { buildCollaborationGraph, type Collaboration } from '../../../src/core/health/graph';
import { placeLabels } from '../../../src/core/health/graph-labels';
import { graphPicture, type People } from '../../../src/core/health/graph-layout';
import { graphMetrics } from '../../../src/core/health/graph-metrics';
import { renderHealthChecksDoc } from '../../../src/core/health/health-checks-doc';
import { linkedActionsInWords } from '../../../src/core/health/outcomes';
import { buildHealthReport } from '../../../src/core/health/report';
import { MIN_COUNT } from '../../../src/core/pulse/suppression';
import { md } from '../network-builder';
import { indicatorItem, networkOf } from './health-fixtures';
import { networkWith } from './indicators/connectivity-fixtures';

const DAY = '2026-11-27';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('health: seed 5 mutants (checklist, markdown, graph, checks doc, outcomes, ties)', () => {
  describe('checklist threshold order', () => {
    const messages = (lines: readonly string[]): string[] =>
      readChecklist('checklists/mine.yml', encode(['id: mine', 'items:', ...lines].join('\n') + '\n'), { base: builtInChecklist() }).findings.map((f) => `${f.code}: ${f.message}`);

    it('tells a lower-is-better indicator its healthy value must be at most watch', () => {
      // overdue-share is lower-is-better with watch 0.3 in the built-in checklist.
      assert.deepEqual(messages(['  - id: overdue-share', '    indicator:', '      thresholds: { healthy: 0.5 }']), [
        'checklist.threshold-order: With lower-is-better, `healthy` (0.5) must be at most `watch` (0.3).',
      ]);
    });

    it('tells a higher-is-better indicator its healthy value must be at least watch', () => {
      // purpose-exists is higher-is-better with healthy 1 in the built-in checklist.
      assert.deepEqual(messages(['  - id: purpose-exists', '    indicator:', '      thresholds: { watch: 1.5 }']), [
        'checklist.threshold-order: With higher-is-better, `healthy` (1) must be at least `watch` (1.5).',
      ]);
    });

    it('allows healthy equal to watch either way (no watch band)', () => {
      assert.deepEqual(messages(['  - id: overdue-share', '    indicator:', '      thresholds: { healthy: 0.3 }']), []);
      assert.deepEqual(messages(['  - id: purpose-exists', '    indicator:', '      thresholds: { watch: 1 }']), []);
    });
  });

  describe('markdown report: what to talk about', () => {
    it('leaves a blank line under the heading, then says there is nothing to talk about', async () => {
      const checklist: Checklist = { id: 'test', items: [indicatorItem('purpose', 'purpose', 'purpose-exists', 1, 0.5)] };
      const network = await networkOf({
        'CHARTER.md': md(['name: Test Network', 'phase: ongoing', 'established: 2024-01-01']),
        'PURPOSE.md': md(['statement: Older people stay well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']),
      });
      const lines = healthToMarkdown(buildHealthReport(network, checklist, { asOf: DAY, present: DAY })).split('\n');
      const at = lines.findIndex((line) => line.startsWith('## What to talk about'));
      assert.deepEqual(lines.slice(at, at + 4), ['## What to talk about (0 at risk, 0 to watch)', '', 'Nothing at risk or on watch.', '']);
    });
  });

  describe('graph labels: baselines below and to the left of a node', () => {
    const metrics = { fontSize: 20, gap: 5, bounds: { left: 0, top: 0, right: 1000, bottom: 1000 } };
    const node = { id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 };

    it('puts a label above its node with its baseline a quarter of the font size above the box bottom', () => {
      const [label] = placeLabels([node], metrics);
      assert.deepEqual(label, { id: 'a', text: 'Ann', x: 500, y: 480, anchor: 'middle', box: { left: 480, top: 461, right: 520, bottom: 485 } });
    });

    it('puts a label below its node, baseline a quarter of the font size above the box bottom', () => {
      // No room above (bounds start at 490): the label goes below, box 515 to 539, baseline 534.
      const [label] = placeLabels([node], { ...metrics, bounds: { left: 0, top: 490, right: 1000, bottom: 1000 } });
      assert.deepEqual(label, { id: 'a', text: 'Ann', x: 500, y: 534, anchor: 'middle', box: { left: 480, top: 515, right: 520, bottom: 539 } });
    });

    it('puts a label to the left of its node, baseline a quarter of the font size above the box bottom', () => {
      // 24 high round the node and ending at its right-hand gap: only the left spot fits.
      const [label] = placeLabels([node], { ...metrics, bounds: { left: 0, top: 488, right: 515, bottom: 512 } });
      assert.deepEqual(label, { id: 'a', text: 'Ann', x: 485, y: 507, anchor: 'end', box: { left: 445, top: 488, right: 485, bottom: 512 } });
    });
  });

  describe('graph layout: organisation nodes', () => {
    /** n members, no ties, in the organisations given, none a lead. */
    function loose(organisations: readonly string[]): Collaboration {
      const n = organisations.length;
      return {
        ids: Array.from({ length: n }, (_, i) => `m${String(i).padStart(3, '0')}`),
        nodes: organisations.map((organisation) => ({ organisation, lead: false })),
        neighbours: Array.from({ length: n }, () => new Int32Array(0)),
        weights: Array.from({ length: n }, () => new Int32Array(0)),
        work: Array.from({ length: n }, () => new Int32Array(0)),
      };
    }
    const people = (roles: (id: string) => string[]): People => ({ name: (id) => `Name ${id}`, roles, source: () => undefined, brokers: new Set() });

    it('names no single brokers on an organisation that has none, and counts lead roles past six', () => {
      // North: 3 members, 7 lead roles between them (m000 holds 5); South: 1 member, no roles.
      const roles = (id: string): string[] => (id === 'm000' ? ['r1', 'r2', 'r3', 'r4', 'r5'] : id === 'm001' ? ['r6', 'r7'] : []);
      const picture = graphPicture(loose(['North', 'North', 'North', 'South']), people(roles), MIN_COUNT, { memberLimit: 2 });
      assert.equal(picture.mode, 'organisations');
      assert.deepEqual(
        picture.nodes.map((node) => [node.id, node.roles]),
        [
          ['North', ['3 members', 'Name m000: r1', 'Name m000: r2', 'Name m000: r3', 'Name m000: r4', 'Name m000: r5', 'Name m001: r6', 'and 1 other lead role']],
          ['South', ['1 member']],
        ],
      );
    });

    it('lists exactly six lead roles with no remainder, and counts two past six in the plural', () => {
      const six = graphPicture(loose(['North', 'North', 'South']), people((id) => (id === 'm000' ? ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'] : [])), MIN_COUNT, { memberLimit: 2 });
      assert.deepEqual(six.nodes[0]!.roles, ['2 members', 'Name m000: r1', 'Name m000: r2', 'Name m000: r3', 'Name m000: r4', 'Name m000: r5', 'Name m000: r6']);
      const eight = graphPicture(loose(['North', 'North', 'South']), people((id) => (id === 'm001' ? ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'] : [])), MIN_COUNT, { memberLimit: 2 });
      assert.deepEqual(eight.nodes[0]!.roles.slice(6), ['Name m001: r6', 'and 2 other lead roles']);
    });
  });

  describe('graph metrics: leads and the max core, sorted whatever the node order', () => {
    it('lists leads sorted when the graph adds them last-first', () => {
      const graph = new UndirectedGraph();
      for (const id of ['zed', 'yan', 'amy']) graph.addNode(id, { lead: id !== 'amy' });
      graph.addEdge('zed', 'yan');
      graph.addEdge('yan', 'amy');
      const metrics = graphMetrics(graph);
      assert.deepEqual(metrics.leads, ['yan', 'zed']);
      assert.deepEqual(metrics.maxCoreNodes, ['amy', 'yan', 'zed']);
      assert.deepEqual(metrics.largestComponent, ['amy', 'yan', 'zed']);
      assert.equal(metrics.leadsInMaxCore, true);
    });
  });

  describe('health checks doc: an indicator netgov does not describe', () => {
    it('writes the measure line with the default unit and no description, and no source', () => {
      const checklist: Checklist = { id: 'test', items: [{ ...indicatorItem('mystery', 'purpose', 'no-such-indicator', 1, 0.5), basis: 'Thresholds: netgov default.' }] };
      const doc = renderHealthChecksDoc(checklist, []);
      const lines = doc.split('\n');
      const at = lines.indexOf('### mystery');
      assert.deepEqual(lines.slice(at, lines.indexOf('## Distributed, time-limited leadership')), [
        '### mystery',
        '',
        '**Check mystery** (indicator, weight 1; start-up ×1, ongoing ×1)',
        '',
        'Measures (`no-such-indicator`, value): ',
        '',
        "Healthy at 1 or more; watch at 0.5 or more; otherwise at risk. These thresholds are netgov's default, to agree at charter review.",
        '',
        'Basis: Thresholds: netgov default.',
        '',
        'Why it matters: Why it matters.',
        '',
        'What helps: What helps.',
        '',
      ]);
    });
  });

  describe('outcomes: linked actions in words', () => {
    it('counts no closed actions when none is done or dropped', () => {
      assert.equal(linkedActionsInWords([{ title: 'A', status: 'in-progress' }]), 'linked actions: A (in progress)');
    });

    it('names three open actions with no remainder, counts a fourth, and the closed ones', () => {
      const open = ['A', 'B', 'C'].map((title) => ({ title, status: 'agreed' as const }));
      assert.equal(linkedActionsInWords(open), 'linked actions: A (agreed), B (agreed), C (agreed)');
      assert.equal(linkedActionsInWords([...open, { title: 'D', status: 'blocked' }, { title: 'E', status: 'done' }]), 'linked actions: A (agreed), B (agreed), C (agreed) and 1 more open; 1 done or dropped');
    });

    it('says when no action, or no open action, is linked', () => {
      assert.equal(linkedActionsInWords([]), 'no action is linked to it');
      assert.equal(linkedActionsInWords([{ title: 'A', status: 'done' }, { title: 'B', status: 'dropped' }]), 'no open action is linked to it (2 done or dropped)');
    });
  });

  describe('working ties: an action on the first day of the window', () => {
    const members = { p00: { name: 'Person 0' }, p01: { name: 'Person 1' } };
    const done = (fields: readonly string[]): Record<string, string> => ({ 'actions/2024-01-10-work.md': md(['title: Work', 'proposed: 2024-01-10', ...fields, 'owners:', '  - p00', 'contributors:', '  - p01']) });
    async function ties(files: Record<string, string>): Promise<string[]> {
      const graph = buildCollaborationGraph(new AsOfFacts(await networkOf(networkWith(members, files)), DAY));
      return graph.mapEdges((_edge, attributes, source, target) => `${[source, target].sort().join('-')} ${attributes.weight}`).sort();
    }

    it('ties owner and contributor of work completed on the window\'s first day, not the day before', async () => {
      assert.deepEqual(await ties(done(['status: done', 'completed: 2025-11-27'])), ['p00-p01 1']);
      assert.deepEqual(await ties(done(['status: done', 'completed: 2025-11-26'])), []);
    });

    it('counts a decision in the window as the action\'s latest date', async () => {
      const dropped = (date: string): Record<string, string> => done(['status: dropped', 'decision:', `  date: ${date}`, '  via: meeting', '  result: rejected']);
      assert.deepEqual(await ties(dropped('2025-11-27')), ['p00-p01 1']);
      assert.deepEqual(await ties(dropped('2025-11-26')), []);
    });
  });
});
