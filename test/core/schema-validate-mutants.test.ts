import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/config';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../src/core/document';
import type { Finding } from '../../src/core/model/finding';
import type { DocumentKind } from '../../src/core/model/kinds';
import { validateAgainstSchema } from '../../src/core/schema/validate';
import { charterFields, md, range, rangeOfText } from './network-builder';

/**
 * validate.ts turns ajv's errors into findings: each test below gives the exact findings (code, range,
 * message, data) for one document, so that a change to a message, a place or the data a quick fix reads
 * shows up here and not only in a golden file.
 */

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The schema findings for a document of `kind` with these frontmatter lines. */
function schemaFindings(kind: DocumentKind, fields: readonly string[]): { text: string; findings: Finding[] } {
  const text = md(fields);
  const { document } = parseNetworkDocument(`/n/${kind}s/x.md`, kind, 'x', encode(text), DEFAULT_LIMITS);
  return { text, findings: validateAgainstSchema(document) };
}

/** The schema findings for a netgov.yml of these lines. */
function configFindings(lines: readonly string[]): { text: string; findings: Finding[] } {
  const text = lines.join('\n') + '\n';
  const { document } = readConfig('/n/netgov.yml', encode(text), []);
  assert.ok(document);
  return { text, findings: validateAgainstSchema(document, 'config') };
}

const PULSE = ['date: 2026-10-01', 'checklist: netgov-core', 'invited: 20', 'respondents: 10'];
const ACTION = ['title: Shared referral form', 'status: proposed', 'proposed_by: amara-okafor', 'proposed: 2026-10-30'];
const EITHER = 'needs either `counts` (answer counts) or `suppressed` and `answered`.';
const ALTERNATIVES = [['counts'], ['suppressed', 'answered']];
const STATUSES = 'proposed, agreed, in-progress, done, dropped, blocked';

/** An action with its status line replaced. */
function actionWithStatus(status: string): string[] {
  return ACTION.map((line) => (line === 'status: proposed' ? `status: ${status}` : line));
}

describe('validateAgainstSchema: exact findings', () => {
  describe('a pulse question\'s alternatives (`counts`, or `suppressed` with `answered`)', () => {
    it('gives each question that has neither its own finding, at its own key', () => {
      const { text, findings } = schemaFindings('pulse', [...PULSE, 'questions:', '  q1:', '    text: One', '  q2:', '    text: Two']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.required', range: rangeOfText(text, 6, 'q1'), message: `\`questions.q1\` ${EITHER}`, data: { path: ['questions', 'q1'], alternatives: ALTERNATIVES } },
        { code: 'schema.required', range: rangeOfText(text, 8, 'q2'), message: `\`questions.q2\` ${EITHER}`, data: { path: ['questions', 'q2'], alternatives: ALTERNATIVES } },
      ]);
    });

    it('still reports the alternatives when a finding elsewhere in the document is about something else', () => {
      const { text, findings } = schemaFindings('pulse', ['date: 2026-10-01', 'checklist: netgov-core', 'invited: -1', 'respondents: 10', 'questions:', '  q1:', '    text: One']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.range', range: rangeOfText(text, 3, '-1'), message: '`invited` must be at least 0, not -1.', data: { path: ['invited'] } },
        { code: 'schema.required', range: rangeOfText(text, 6, 'q1'), message: `\`questions.q1\` ${EITHER}`, data: { path: ['questions', 'q1'], alternatives: ALTERNATIVES } },
      ]);
    });

    it('still reports the alternatives of a question whose name is wrong too (that finding is not about a missing field)', () => {
      const { text, findings } = schemaFindings('pulse', [...PULSE, 'questions:', '  Q1:', '    text: One']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.unknown-field', range: rangeOfText(text, 6, 'Q1'), message: '`Q1` is not a valid name here inside `questions`.', data: { path: ['questions', 'Q1'] } },
        { code: 'schema.required', range: rangeOfText(text, 6, 'Q1'), message: `\`questions.Q1\` ${EITHER}`, data: { path: ['questions', 'Q1'], alternatives: ALTERNATIVES } },
      ]);
    });

    it('leaves out the alternatives only for the question that already leans one way, not for another question', () => {
      const { text, findings } = schemaFindings('pulse', [...PULSE, 'questions:', '  q1:', '    text: One', '  q2:', '    answered: 3']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.required', range: rangeOfText(text, 9, 'answered: 3'), message: '`questions.q2` has `answered`, so it needs `suppressed` too.', data: { path: ['questions', 'q2'], missing: 'suppressed' } },
        { code: 'schema.required', range: rangeOfText(text, 6, 'q1'), message: `\`questions.q1\` ${EITHER}`, data: { path: ['questions', 'q1'], alternatives: ALTERNATIVES } },
      ]);
    });

    it('says which two fields cannot go together, with the question as the place', () => {
      const { findings } = schemaFindings('pulse', [...PULSE, 'questions:', '  q1:', '    counts: [1, 2, 3, 4, 5]', '    suppressed: true', '    answered: 3']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.invalid', range: range(7, 4, 9, 15), message: '`questions.q1` cannot have both `counts` and `suppressed`: keep one.', data: { path: ['questions', 'q1'] } },
      ]);
    });
  });

  describe('a missing field', () => {
    it('does not repeat a title that only spells the field\'s name with a space (`proposed_by`, "Proposed by")', () => {
      const { findings } = schemaFindings('action', ACTION.filter((line) => !line.startsWith('proposed_by:')));
      assert.deepStrictEqual(findings, [{ code: 'schema.required', range: range(0, 0, 0, 3), message: 'An action document needs `proposed_by`.', data: { path: [], missing: 'proposed_by' } }]);
    });
  });

  describe('a name not allowed as a key', () => {
    it('suggests the maturity dimension meant, once (the propertyNames error itself adds nothing)', () => {
      const { text, findings } = schemaFindings('pulse', [...PULSE, 'maturity:', '  purpse:', '    current: 1', '    target: 2']);
      assert.deepStrictEqual(findings, [
        {
          code: 'schema.unknown-field',
          range: rangeOfText(text, 6, 'purpse'),
          message: '`purpse` is not one of the names allowed here inside `maturity`. Did you mean `purpose`?',
          data: { path: ['maturity', 'purpse'], suggestion: 'purpose' },
        },
      ]);
    });

    it('lists the maturity dimensions when none is close', () => {
      const { text, findings } = schemaFindings('pulse', [...PULSE, 'maturity:', '  zzz:', '    current: 1', '    target: 2']);
      assert.deepStrictEqual(findings, [
        {
          code: 'schema.unknown-field',
          range: rangeOfText(text, 6, 'zzz'),
          message: '`zzz` is not one of the names allowed here inside `maturity`. Use one of purpose, leadership, participation, connectivity, governance, delivery, communication, inclusion.',
          data: { path: ['maturity', 'zzz'] },
        },
      ]);
    });

    it('says a question id that breaks the id form is not a valid name, with no list to choose from', () => {
      const { text, findings } = schemaFindings('pulse', [...PULSE, 'questions:', '  Q_1:', '    counts: [1, 2, 3, 4, 5]']);
      assert.deepStrictEqual(findings, [{ code: 'schema.unknown-field', range: rangeOfText(text, 6, 'Q_1'), message: '`Q_1` is not a valid name here inside `questions`.', data: { path: ['questions', 'Q_1'] } }]);
    });
  });

  describe('keys holding `/` and `~` (escaped as ~1 and ~0 in ajv\'s paths)', () => {
    it('names the key as written and points at its value', () => {
      const { text, findings } = schemaFindings('charter', [...charterFields(), 'seats:', '  a/b: 0', '  c~d: 0']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.unknown-field', range: rangeOfText(text, 13, 'a/b'), message: '`a/b` is not a valid name here inside `seats`.', data: { path: ['seats', 'a/b'] } },
        { code: 'schema.unknown-field', range: rangeOfText(text, 14, 'c~d'), message: '`c~d` is not a valid name here inside `seats`.', data: { path: ['seats', 'c~d'] } },
        { code: 'schema.range', range: rangeOfText(text, 13, '0'), message: '`seats.a/b` must be at least 1, not 0.', data: { path: ['seats', 'a/b'] } },
        { code: 'schema.range', range: rangeOfText(text, 14, '0'), message: '`seats.c~d` must be at least 1, not 0.', data: { path: ['seats', 'c~d'] } },
      ]);
    });
  });

  describe('a value not in the list allowed', () => {
    it('suggests the value meant', () => {
      const { text, findings } = schemaFindings('action', actionWithStatus('propsed'));
      assert.deepStrictEqual(findings, [
        { code: 'schema.enum', range: rangeOfText(text, 2, 'propsed'), message: `\`status\`: 'propsed' is not one of ${STATUSES}. Did you mean proposed?`, data: { path: ['status'], suggestion: 'proposed' } },
      ]);
    });

    it('ends at the list when nothing is close', () => {
      const { text, findings } = schemaFindings('action', actionWithStatus('zzz'));
      assert.deepStrictEqual(findings, [{ code: 'schema.enum', range: rangeOfText(text, 2, 'zzz'), message: `\`status\`: 'zzz' is not one of ${STATUSES}.`, data: { path: ['status'] } }]);
    });

    it('quotes a list given where one value belongs as the list it is', () => {
      const { text, findings } = schemaFindings('action', actionWithStatus('[a, b]'));
      assert.deepStrictEqual(findings, [
        { code: 'schema.type', range: rangeOfText(text, 2, '[a, b]'), message: '`status` should be text, not a list.', data: { path: ['status'] } },
        { code: 'schema.enum', range: rangeOfText(text, 2, '[a, b]'), message: `\`status\`: '["a","b"]' is not one of ${STATUSES}.`, data: { path: ['status'] } },
      ]);
    });

    it('quotes a value of 60 characters whole', () => {
      const value = 'a'.repeat(60);
      const { text, findings } = schemaFindings('action', actionWithStatus(value));
      assert.deepStrictEqual(findings, [{ code: 'schema.enum', range: rangeOfText(text, 2, value), message: `\`status\`: '${value}' is not one of ${STATUSES}.`, data: { path: ['status'] } }]);
    });

    it('cuts a value of 61 characters to its first 57 and `...`', () => {
      const value = 'abcdefghij'.repeat(6) + 'k';
      const { text, findings } = schemaFindings('action', actionWithStatus(value));
      assert.deepStrictEqual(findings, [
        { code: 'schema.enum', range: rangeOfText(text, 2, value), message: `\`status\`: 'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefg...' is not one of ${STATUSES}.`, data: { path: ['status'] } },
      ]);
    });
  });

  describe('a value not in the form its pattern asks', () => {
    it('explains the id form, with no example when nothing can be made of the value', () => {
      const { text, findings } = schemaFindings('action', [...ACTION, 'contributors: [_]']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.pattern', range: rangeOfText(text, 5, '_'), message: "`contributors[0]`: '_' is not a valid id: use lower-case letters, digits and single hyphens.", data: { path: ['contributors', 0] } },
      ]);
    });

    it('says a month and day that is not one is not in the expected form, with no id suggestion', () => {
      const { text, findings } = schemaFindings('charter', [...charterFields(), '  term_ends_on: 02-30']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.pattern', range: rangeOfText(text, 12, '02-30'), message: "`leadership.term_ends_on`: '02-30' is not in the expected form.", data: { path: ['leadership', 'term_ends_on'] } },
      ]);
    });

    it('explains a layout folder outside the network folder', () => {
      const { text, findings } = configFindings(['layout:', '  members: ../people']);
      assert.deepStrictEqual(findings, [
        {
          code: 'schema.pattern',
          range: rangeOfText(text, 1, '../people'),
          message: "`layout.members`: '../people' must be a path inside the network folder: no leading `/`, no `..`, no drive letter or backslash.",
          data: { path: ['layout', 'members'] },
        },
      ]);
    });

    // Was "is not in the expected form.": only paths under `layout` got the explanation, though
    // `health.checklist` has the same pattern and the same rule.
    it('explains a checklist path outside the network folder the same way, and a layout file with a leading `/`', () => {
      const { text, findings } = configFindings(['layout:', '  purpose: /PURPOSE.md', 'health:', '  checklist: ../checklist.yml']);
      assert.deepStrictEqual(findings, [
        {
          code: 'schema.pattern',
          range: rangeOfText(text, 1, '/PURPOSE.md'),
          message: "`layout.purpose`: '/PURPOSE.md' must be a path inside the network folder: no leading `/`, no `..`, no drive letter or backslash.",
          data: { path: ['layout', 'purpose'] },
        },
        {
          code: 'schema.pattern',
          range: rangeOfText(text, 3, '../checklist.yml'),
          message: "`health.checklist`: '../checklist.yml' must be a path inside the network folder: no leading `/`, no `..`, no drive letter or backslash.",
          data: { path: ['health', 'checklist'] },
        },
      ]);
    });
  });

  describe('a list', () => {
    it('quotes the repeated entry as the later one is written (equal objects with keys in another order)', () => {
      const { text, findings } = schemaFindings('action', [...ACTION, 'owners: [{a: 1, b: 2}, {b: 2, a: 1}]']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.type', range: rangeOfText(text, 5, '{a: 1, b: 2}'), message: '`owners[0]` should be text, not a group of fields.', data: { path: ['owners', 0] } },
        { code: 'schema.type', range: rangeOfText(text, 5, '{b: 2, a: 1}'), message: '`owners[1]` should be text, not a group of fields.', data: { path: ['owners', 1] } },
        { code: 'schema.duplicate-item', range: rangeOfText(text, 5, '{b: 2, a: 1}'), message: '`owners` lists \'{"b":2,"a":1}\' more than once.', data: { path: ['owners', 1] } },
      ]);
    });

    it('says how many entries a list needs, at the list', () => {
      const { text, findings } = schemaFindings('purpose', ['statement: Stay well at home.', 'outcomes: []']);
      assert.deepStrictEqual(findings, [{ code: 'schema.count', range: rangeOfText(text, 2, '[]'), message: '`outcomes` needs at least 1 entry.', data: { path: ['outcomes'] } }]);
    });
  });

  describe('text length', () => {
    it('says a title of 201 characters is longer than 200', () => {
      const title = 'x'.repeat(201);
      const { text, findings } = schemaFindings('action', ACTION.map((line) => (line.startsWith('title:') ? `title: ${title}` : line)));
      assert.deepStrictEqual(findings, [{ code: 'schema.length', range: rangeOfText(text, 1, title), message: '`title` is longer than 200 characters.', data: { path: ['title'] } }]);
    });

    it('says an empty title must not be empty', () => {
      const { text, findings } = schemaFindings('action', ACTION.map((line) => (line.startsWith('title:') ? 'title: ""' : line)));
      assert.deepStrictEqual(findings, [{ code: 'schema.length', range: rangeOfText(text, 1, '""'), message: '`title` must not be empty.', data: { path: ['title'] } }]);
    });
  });

  describe('a value of the wrong type', () => {
    it('names both types a baseline may be, and calls a mapping a group of fields', () => {
      const { text, findings } = schemaFindings('purpose', ['statement: Stay well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls', '    baseline: {a: 1}']);
      assert.deepStrictEqual(findings, [
        { code: 'schema.type', range: rangeOfText(text, 5, '{a: 1}'), message: '`outcomes[0].baseline` should be a number or text, not a group of fields.', data: { path: ['outcomes', 0, 'baseline'] } },
      ]);
    });

    it('asks for true or false', () => {
      const { text, findings } = schemaFindings('charter', charterFields({ pullRequests: true }).map((line) => (line === '  pull_requests: true' ? '  pull_requests: yes please' : line)));
      assert.deepStrictEqual(findings, [
        { code: 'schema.type', range: rangeOfText(text, 8, 'yes please'), message: "`decisions.pull_requests` should be true or false, not the text 'yes please'.", data: { path: ['decisions', 'pull_requests'] } },
      ]);
    });
  });
});
