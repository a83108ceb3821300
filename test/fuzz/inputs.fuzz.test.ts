/**
 * The other files a network holds: netgov.yml, a checklist and a survey
 * export. readConfig and readChecklist never throw and keep their ranges
 * inside the file; the pulse aggregator throws nothing but PulseInputError and
 * counts exactly the rows it accepts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readConfig } from '../../src/core/config';
import { builtInChecklist, readChecklist } from '../../src/core/health/checklist';
import { aggregateSurvey, answerValue, PulseInputError } from '../../src/core/pulse/aggregate';
import { rulesByCode } from '../../src/core/rules';
import { assertRangesInside, editorText, params, plain, randomBytes, yamlSnippets } from './fuzz-support';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const CONFIG = 'rules:\n  body.broken-link: error\n  role.no-end: off\n  no.such-rule: warning\nlimits:\n  max_file_kb: 256\n  max_aliases: 3\nlayout:\n  members: people\nhealth:\n  checklist: checklists/ours.yml\n';
const CHECKLIST = 'id: ours\ntitle: Ours\nitems:\n  - id: purpose-exists\n    weight: 3\n  - id: new-item\n    dimension: purpose\n    title: New\n    why: Because.\n    improve: Do it.\n    type: question\n    question:\n      text: Clear?\n      healthy: 4\n      watch: 3\n';

/** A valid file with YAML snippets spliced into random places. */
const spliced = (base: string): fc.Arbitrary<Uint8Array> =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...yamlSnippets, '\u202E', '\u{1F600}', '\r', '\t', ': ', '- ')), { maxLength: 4 }).map((cuts) =>
    encode(cuts.reduce((text, [at, piece]) => text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1)), base)),
  );

describe('fuzz: netgov.yml, checklists and survey exports', function () {
  this.timeout(60_000);

  it('readConfig never throws, keeps ranges inside and is deterministic (seed 7301, 200 runs)', () => {
    const known = [...rulesByCode.keys()];
    fc.assert(
      fc.property(fc.oneof(randomBytes, spliced(CONFIG)), (bytes) => {
        const first = readConfig('/n/netgov.yml', bytes, known);
        assertRangesInside(editorText(bytes), first.findings, 'netgov.yml');
        const limits = first.config.limits;
        assert.ok(Number.isFinite(limits.maxFileBytes) && Number.isFinite(limits.maxAliases), JSON.stringify(limits));
        assert.deepEqual(plain({ ...readConfig('/n/netgov.yml', bytes, known), document: undefined }), plain({ ...first, document: undefined }));
      }),
      params(7301, 200),
    );
  });

  it('readChecklist never throws, keeps ranges inside and is deterministic (seed 7302, 200 runs)', () => {
    const base = builtInChecklist();
    fc.assert(
      fc.property(fc.oneof(randomBytes, spliced(CHECKLIST)), fc.boolean(), (bytes, withBase) => {
        const options = withBase ? { base } : {};
        const first = readChecklist('/n/checklists/ours.yml', bytes, options);
        assertRangesInside(editorText(bytes), first.findings, 'checklist');
        assert.deepEqual(plain({ ...readChecklist('/n/checklists/ours.yml', bytes, options), document: undefined }), plain({ ...first, document: undefined }));
      }),
      params(7302, 200),
    );
  });

  it('aggregates random CSV throwing only PulseInputError, counting exactly the accepted rows (seed 7303, 300 runs)', () => {
    const cell = fc.oneof(fc.constantFrom('1', '2', '3', '4', '5', '', ' ', 'Agree', 'strongly  DISAGREE', 'Neutral', '6', '0', 'n/a', '"', '""', '"a,b"', '\u202E3', '\uFEFF1'), fc.string({ maxLength: 6 }));
    const header = fc.oneof(fc.constantFrom('purpose-clear', 'can-influence-agenda: Text', '[shared-decisions] Text', 'Timestamp', 'Email', 'Purpose-Clear', 'purpose-clear', ''), fc.string({ maxLength: 8 }));
    const csv = fc
      .tuple(fc.array(header, { minLength: 0, maxLength: 5 }), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom(',', ';', '\t'))
      .map(([head, rows, end, separator]) => [head, ...rows].map((row) => row.join(separator)).join(end));
    fc.assert(
      fc.property(fc.oneof(csv, fc.string({ maxLength: 200 })), (source) => {
        let totals;
        try {
          totals = aggregateSurvey(source, 'survey.csv');
        } catch (error) {
          assert.ok(error instanceof PulseInputError, `threw ${String(error)}`);
          return;
        }
        // Every question accounts for every respondent exactly once, as an answer or a blank.
        for (const q of totals.questions) {
          assert.ok(q.counts.every((c) => Number.isInteger(c) && c >= 0), JSON.stringify(q));
          assert.equal(q.counts.reduce((a, b) => a + b, 0) + q.blank, totals.respondents, JSON.stringify(q));
        }
        // Never more respondents than data lines, and every answer it counted is one it accepts.
        assert.ok(totals.respondents <= source.split(/\r\n|\r|\n/).length - 1 || totals.respondents === 0, `${totals.respondents} respondents`);
      }),
      params(7303, 300),
    );
  });

  it('reads any cell as blank (0), an answer from 1 to 5, or nothing, and never a number outside the scale (seed 7304, 500 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -20, max: 120 }).map(String), fc.constantFrom('Agree', ' strongly agree ', 'NEUTRAL', '3.0', '05', '+4')), (cell) => {
        const value = answerValue(cell);
        assert.ok(value === undefined || (Number.isInteger(value) && value >= 0 && value <= 5), `${JSON.stringify(cell)} read as ${value}`);
        if (/^\s*-?\d+\s*$/.test(cell) && !/^\s*[1-5]\s*$/.test(cell)) assert.notEqual(value !== undefined && value > 0, true, `${JSON.stringify(cell)} read as answer ${value}`);
      }),
      params(7304, 500),
    );
  });
});
