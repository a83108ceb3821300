import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInChecklist, KNOWN_INDICATORS, mergeChecklists, readChecklist, DIMENSIONS } from '../../../src/core/health/checklist';
import { weightIn } from '../../../src/core/health/score';
import { validatorFor } from '../../../src/core/schema/schemas';
import { range } from '../network-builder';
import { fromRoot } from '../../helpers/paths';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (lines: string[], base = builtInChecklist()) => readChecklist('checklists/mine.yml', encode(lines.join('\n') + '\n'), { base });
const codes = (findings: readonly { code: string; range: unknown }[]) => findings.map((f) => [f.code, f.range]);

/** A complete new indicator item, as lines of YAML under `items:`. */
const NEW_INDICATOR = [
  '  - id: my-check',
  '    dimension: delivery',
  '    title: My check',
  '    why: Because.',
  '    improve: Do better.',
  '    type: indicator',
  '    indicator:',
  '      name: overdue-share',
  '      thresholds: { direction: lower-is-better, healthy: 0.1, watch: 0.2 }',
];

describe('diagnostic checklists', () => {
  describe('the built-in checklist', () => {
    const source = readFileSync(fromRoot('checklists/netgov-core.yml'));

    it('validates with no findings', () => {
      const result = readChecklist('checklists/netgov-core.yml', source);
      assert.deepEqual(result.findings, []);
      assert.equal(result.checklist?.id, 'netgov-core');
      assert.equal(validatorFor('checklist')(result.document.data), true);
    });

    it('covers all eight dimensions with at least three automatic indicators each', () => {
      const checklist = builtInChecklist();
      for (const dimension of DIMENSIONS) {
        const indicators = checklist.items.filter((item) => item.dimension === dimension && item.type === 'indicator');
        assert.ok(indicators.length >= 3, `${dimension}: ${indicators.length} indicators`);
        assert.ok(checklist.items.some((item) => item.dimension === dimension && item.type === 'question'), `${dimension}: no question`);
      }
    });

    it('uses every known indicator, and only those', () => {
      const names = builtInChecklist().items.flatMap((item) => (item.type === 'indicator' ? [item.indicator.name] : []));
      assert.deepEqual([...names].sort(), [...KNOWN_INDICATORS].sort());
    });

    it('has positive weights in both phases, and phase weights that favour the model', () => {
      const checklist = builtInChecklist();
      for (const item of checklist.items) {
        assert.ok(weightIn(item, 'start-up') > 0 && weightIn(item, 'ongoing') > 0, item.id);
      }
      const total = (dimension: string, phase: 'start-up' | 'ongoing') =>
        checklist.items.filter((i) => i.dimension === dimension).reduce((sum, i) => sum + weightIn(i, phase), 0) / checklist.items.filter((i) => i.dimension === dimension).reduce((sum, i) => sum + i.weight, 0);
      for (const d of ['purpose', 'connectivity', 'participation']) assert.ok(total(d, 'start-up') > total(d, 'ongoing'), d);
      for (const d of ['communication', 'delivery']) assert.ok(total(d, 'ongoing') > total(d, 'start-up'), d);
    });

    it('asks the questions of the example temperature checks, by the same ids', () => {
      const pulse = readFileSync(fromRoot('examples/north-east-frailty-network/pulses/2026-q3.md'), 'utf8');
      const asked = [...pulse.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]).filter((id) => !(DIMENSIONS as readonly string[]).includes(id ?? ''));
      const questions = builtInChecklist().items.filter((item) => item.type === 'question').map((item) => item.id);
      assert.deepEqual([...questions].sort(), [...asked].sort());
    });

    it('has thresholds on the better side of watch', () => {
      for (const item of builtInChecklist().items) {
        if (item.type === 'question') assert.ok(item.question.healthy >= item.question.watch, item.id);
        else if (item.indicator.thresholds.direction === 'higher-is-better') assert.ok(item.indicator.thresholds.healthy >= item.indicator.thresholds.watch, item.id);
        else assert.ok(item.indicator.thresholds.healthy <= item.indicator.thresholds.watch, item.id);
      }
    });
  });

  describe('findings', () => {
    it('reports an unknown field at its key', () => {
      const result = read(['id: mine', 'items:', '  - id: quorum-met', '    wieght: 2']);
      assert.deepEqual(codes(result.findings), [['schema.unknown-field', range(3, 4, 3, 10)]]);
      assert.match(result.findings[0]?.message ?? '', /Did you mean `weight`/);
      assert.deepEqual(result.checklist?.items, []);
    });

    it('reports a question item without `question`', () => {
      const result = read(['id: mine', 'items:', '  - id: my-question', '    dimension: inclusion', '    title: Q', '    why: W', '    improve: I', '    type: question']);
      assert.deepEqual(codes(result.findings), [['checklist.incomplete-item', range(2, 8, 2, 19)]]);
      assert.match(result.findings[0]?.message ?? '', /needs `question`/);
    });

    it('reports an indicator item that gives `question`', () => {
      const result = read(['id: mine', 'items:', ...NEW_INDICATOR, '    question: { text: Hm, healthy: 4, watch: 3 }']);
      assert.deepEqual(codes(result.findings), [['checklist.wrong-block', range(11, 4, 11, 12)]]);
    });

    it('reports a duplicate id at the second one', () => {
      const result = read(['id: mine', 'items:', '  - id: quorum-met', '    weight: 2', '  - id: quorum-met', '    weight: 3']);
      assert.deepEqual(codes(result.findings), [['checklist.duplicate-id', range(4, 8, 4, 18)]]);
      assert.deepEqual(result.checklist?.items.map((i) => i.weight), [2]);
    });

    it('reports an unknown indicator with a suggestion', () => {
      const lines = NEW_INDICATOR.map((line) => line.replace('overdue-share', 'overdue-shares'));
      const result = read(['id: mine', 'items:', ...lines]);
      assert.deepEqual(codes(result.findings), [['checklist.unknown-indicator', range(9, 12, 9, 26)]]);
      assert.equal(result.findings[0]?.data?.suggestion, 'overdue-share');
    });

    it('reports a dimension that is not one of the eight', () => {
      const result = read(['id: mine', 'items:', ...NEW_INDICATOR.map((line) => line.replace('delivery', 'deliveries'))]);
      assert.deepEqual(codes(result.findings), [['schema.enum', range(3, 15, 3, 25)]]);
    });

    it('reports thresholds in the wrong order for their direction', () => {
      const result = read(['id: mine', 'items:', '  - id: overdue-share', '    indicator:', '      thresholds: { healthy: 0.5 }']);
      assert.deepEqual(codes(result.findings), [['checklist.threshold-order', range(4, 6, 4, 16)]]);
    });

    it('reports a survey question whose healthy mean is below its watch mean, taking the other from the base item', () => {
      // purpose-clear is healthy at 4 in the built-in checklist: a watch of 4.5 is above it.
      const result = read(['id: mine', 'items:', '  - id: purpose-clear', '    question: { watch: 4.5 }', '  - id: quorum-met', '    weight: 2']);
      assert.deepEqual(codes(result.findings), [['checklist.threshold-order', range(3, 4, 3, 12)]]);
      assert.equal(result.findings[0]?.message, '`healthy` (4) must be at least `watch` (4.5): a higher mean score is better.');
      // The item in error is left out; the rest of the file still counts.
      assert.deepEqual(result.checklist?.items.map((item) => item.id), ['quorum-met']);
    });

    it('reports a bad title at its value and still reads the items', () => {
      const result = read(['id: mine', 'title: [a, b]', 'items:', '  - id: quorum-met', '    weight: 2']);
      assert.deepEqual(codes(result.findings), [['schema.type', range(1, 7, 1, 13)]]);
      assert.equal(result.checklist?.title, undefined);
      assert.deepEqual(result.checklist?.items.map((item) => item.weight), [2]);
    });

    it('reports a new item that gives only a weight', () => {
      const result = read(['id: mine', 'items:', '  - id: not-built-in', '    weight: 2']);
      assert.deepEqual(codes(result.findings), [['checklist.incomplete-item', range(2, 8, 2, 20)]]);
    });
  });

  describe('findings on items in part', () => {
    it('names a new item as new only when there is a base to compare with', () => {
      const lines = ['id: mine', 'items:', '  - id: not-built-in', '    weight: 2'];
      const alone = readChecklist('checklists/mine.yml', encode(lines.join('\n') + '\n'));
      assert.deepEqual(codes(alone.findings), [['checklist.incomplete-item', range(2, 8, 2, 20)]]);
      assert.equal(alone.findings[0]?.message, 'Item `not-built-in` needs `dimension`, `title`, `why`, `improve`, `type`.');
      assert.equal(read(lines).findings[0]?.message, 'Item `not-built-in` needs `dimension`, `title`, `why`, `improve`, `type`. It is not an item of netgov-core, so it is a new item.');
    });

    it('lists what a new indicator lacks, its name or a threshold, at the `indicator` key', () => {
      const noName = read(['id: mine', 'items:', ...NEW_INDICATOR.filter((line) => !line.includes('name:'))]);
      assert.deepEqual(codes(noName.findings), [['checklist.incomplete-item', range(8, 4, 8, 13)]]);
      assert.equal(noName.findings[0]?.message, 'The indicator of `my-check` needs `name`.');
      assert.deepEqual(noName.findings[0]?.data?.missing, ['name']);
      assert.deepEqual(noName.checklist?.items, []);

      const noHealthy = read(['id: mine', 'items:', ...NEW_INDICATOR.map((line) => line.replace(' healthy: 0.1,', ''))]);
      assert.deepEqual(codes(noHealthy.findings), [['checklist.incomplete-item', range(8, 4, 8, 13)]]);
      assert.equal(noHealthy.findings[0]?.message, 'The indicator of `my-check` needs `thresholds.healthy`.');
    });

    it('leaves out only the item the schema finds wrong, and keeps the rest', () => {
      const result = read(['id: mine', 'items:', '  - id: quorum-met', '    weight: heavy', '  - id: purpose-clear', '    weight: 2']);
      assert.deepEqual(codes(result.findings), [['schema.type', range(3, 12, 3, 17)]]);
      assert.deepEqual(result.checklist?.items.map((item) => [item.id, item.weight]), [['purpose-clear', 2]]);
    });

    it('reports a survey question given only a healthy mean below the base item\'s watch', () => {
      // purpose-clear is watched below 3.2 in the built-in checklist.
      const result = read(['id: mine', 'items:', '  - id: purpose-clear', '    question: { healthy: 3 }']);
      assert.deepEqual(codes(result.findings), [['checklist.threshold-order', range(3, 4, 3, 12)]]);
      assert.equal(result.findings[0]?.message, '`healthy` (3) must be at least `watch` (3.2): a higher mean score is better.');
      assert.deepEqual(result.checklist?.items, []);
    });
  });

  describe('merging a network checklist over the built-in one', () => {
    it('overrides thresholds and weights by id and adds new items', () => {
      const result = read([
        'id: north-east-frailty',
        'items:',
        '  - id: outcomes-measurable',
        '    indicator:',
        '      thresholds: { healthy: 0.9 }',
        '    weight: 3',
        '    phase_weights: { ongoing: 2 }',
        '  - id: purpose-clear',
        '    question: { watch: 3.5 }',
        ...NEW_INDICATOR,
      ]);
      assert.deepEqual(result.findings, []);
      assert.ok(result.checklist);
      const base = builtInChecklist();
      const merged = mergeChecklists(base, result.checklist);
      assert.equal(merged.id, 'north-east-frailty');
      assert.equal(merged.items.length, base.items.length + 1);
      const outcomes = merged.items.find((i) => i.id === 'outcomes-measurable');
      assert.ok(outcomes?.type === 'indicator');
      assert.deepEqual(outcomes.indicator.thresholds, { direction: 'higher-is-better', healthy: 0.9, watch: 0.5 });
      assert.equal(outcomes.weight, 3);
      assert.deepEqual(outcomes.phaseWeights, { 'start-up': 1.5, ongoing: 2 });
      assert.equal(outcomes.title, 'Outcomes are measurable');
      const clear = merged.items.find((i) => i.id === 'purpose-clear');
      assert.ok(clear?.type === 'question');
      assert.deepEqual([clear.question.healthy, clear.question.watch], [4, 3.5]);
      const mine = merged.items.find((i) => i.id === 'my-check');
      assert.equal(mine?.weight, 1);
      assert.deepEqual(mine?.phaseWeights, { 'start-up': 1, ongoing: 1 });
      // The built-in checklist itself is untouched.
      const original = base.items.find((i) => i.id === 'outcomes-measurable');
      assert.equal(original?.weight, 1.5);
    });

    it('keeps the base item\'s basis only while the file leaves its thresholds and wording alone', () => {
      const basisOf = (lines: string[]): string | undefined => {
        const result = read(['id: mine', 'items:', '  - id: purpose-clear', ...lines]);
        assert.deepEqual(result.findings, []);
        return mergeChecklists(builtInChecklist(), result.checklist!).items.find((i) => i.id === 'purpose-clear')?.basis;
      };
      const base = builtInChecklist().items.find((i) => i.id === 'purpose-clear')?.basis;
      assert.ok(base);
      assert.equal(basisOf(['    weight: 2']), base);
      assert.equal(basisOf(['    question: { text: "Our purpose is clear." }']), undefined);
      assert.equal(basisOf(['    question: { healthy: 4.5 }']), undefined);
      assert.equal(basisOf(['    question: { watch: 3 }']), undefined);
      assert.equal(basisOf(['    question: { text: "Our purpose is clear." }', '    basis: Agreed at the 2026 review.']), 'Agreed at the 2026 review.');
    });

    it('reads the example in docs/checklists.md with no findings', () => {
      const docs = readFileSync(fromRoot('docs/checklists.md'), 'utf8');
      const example = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((block) => block.startsWith('id: '));
      assert.ok(example);
      const result = readChecklist('checklist.yml', encode(example), { base: builtInChecklist() });
      assert.deepEqual(result.findings, []);
      const merged = mergeChecklists(builtInChecklist(), result.checklist ?? { id: 'x', items: [] });
      const outcomes = merged.items.find((i) => i.id === 'outcomes-measurable');
      assert.equal(outcomes?.type === 'indicator' && outcomes.indicator.thresholds.healthy, 0.95);
      assert.ok(merged.items.some((i) => i.id === 'carers-involved'));
    });
  });
});
