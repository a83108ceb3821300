import assert from 'node:assert/strict';
import { builtInChecklist, mergeChecklists, readChecklist } from '../../../src/core/health/checklist';
import { allIndicators } from '../../../src/core/health/indicators';
import { renderHealthChecksDoc, thresholdOrigin } from '../../../src/core/health/health-checks-doc';

/**
 * Sources and thresholds are cited honestly (issue 11.10): sources describe
 * what the cited work says, never in quote marks; every built-in threshold
 * says where it comes from; the survey questions are marked as netgov's wording.
 */
const QUOTES = /["“”‘’]|(^|[\s(])'|'($|[\s),.;])/;

describe('health checks: sources and the basis of thresholds', () => {
  it('describes every indicator’s source without quoting it', () => {
    for (const indicator of allIndicators) assert.doesNotMatch(indicator.source, QUOTES, `${indicator.name}: ${indicator.source}`);
    assert.doesNotMatch('Freeman (1978/79), centrality; CHAOSS, the Elephant Factor metric', QUOTES);
    assert.match('Source4Networks, "Leading networks"', QUOTES);
  });

  it('says for every built-in item where its thresholds come from, and that the questions are netgov’s wording', () => {
    for (const item of builtInChecklist().items) {
      assert.ok(item.basis, `${item.id} has no basis`);
      assert.match(item.basis, /Thresholds[^.]*: netgov default[^.]*to agree at charter review/, item.id);
      if (item.type === 'question') assert.match(item.basis, /^Wording: netgov's own, inspired by the survey themes of the sources .*not quoted from them\./, item.id);
    }
  });

  it('says beside every threshold in docs/health-checks.md where it comes from, and how it adapts to the network', () => {
    const doc = renderHealthChecksDoc(builtInChecklist(), allIndicators);
    const thresholdLines = doc.split('\n').filter((line) => /^Healthy at |Healthy from a mean of /.test(line));
    assert.equal(thresholdLines.length, builtInChecklist().items.length);
    for (const line of thresholdLines) assert.match(line, /These thresholds are netgov's default, to agree at charter review\.$/, line);
    for (const name of ['top-holder-share', 'distinct-leads-24-months', 'organisations-in-leadership-vs-membership', 'degree-centralisation', 'elephant-factor']) {
      assert.match(doc, new RegExp(`Measures \\(\`${name}\`[^\n]*\n\nHealthy at [^\n]*\n\nFor the network's size and governance: `), name);
    }
    assert.equal(thresholdOrigin(undefined), 'Where these thresholds come from is not stated.');
    assert.equal(thresholdOrigin('Agreed at our charter review of 2026-03-12.'), 'These thresholds come from the basis below.');
  });

  it('keeps a built-in basis only while the thresholds it describes are kept', () => {
    const own = readChecklist(
      'own.yml',
      new TextEncoder().encode(
        [
          'id: own',
          'items:',
          '  - id: top-holder-share',
          '    weight: 2',
          '  - id: outcomes-measurable',
          '    indicator: { thresholds: { healthy: 0.95 } }',
          '  - id: purpose-clear',
          '    question: { healthy: 4.2 }',
          '    basis: Agreed at our charter review of 2026-03-12.',
        ].join('\n'),
      ),
      { base: builtInChecklist() },
    );
    assert.deepEqual(own.findings, []);
    const merged = mergeChecklists(builtInChecklist(), own.checklist!);
    const basis = (id: string): string | undefined => merged.items.find((item) => item.id === id)?.basis;
    assert.equal(basis('top-holder-share'), builtInChecklist().items.find((item) => item.id === 'top-holder-share')!.basis);
    assert.equal(basis('outcomes-measurable'), undefined);
    assert.equal(basis('purpose-clear'), 'Agreed at our charter review of 2026-03-12.');
  });
});
