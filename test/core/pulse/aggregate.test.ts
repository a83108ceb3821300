import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../../helpers/paths';
import {
  PulseInputError,
  aggregateSurvey,
  answerValue,
  currentMemberCount,
  parseMapping,
  withTotals,
} from '../../../src/core/pulse/aggregate';
import { columnLetter } from '../../../src/core/text/table';

const fixture = (name: string): string => readFileSync(fromRoot('test/fixtures/pulse', name), 'utf8');

/** The totals as plain data: id -> [counts, blank, text]. */
function byId(totals: ReturnType<typeof aggregateSurvey>): Record<string, unknown> {
  return Object.fromEntries(totals.questions.map((q) => [q.id, { counts: q.counts, blank: q.blank, text: q.text }]));
}

describe('pulse aggregation', () => {
  it('reads an MS Forms export: BOM, CRLF, quoted commas and newlines, Likert labels, blanks, extra columns', () => {
    const totals = aggregateSurvey(fixture('forms.csv'), 'forms.csv');
    assert.equal(totals.respondents, 6, 'the row that only has a comment is not a respondent');
    assert.deepEqual(byId(totals), {
      'purpose-clear': { counts: [0, 1, 1, 2, 2], blank: 0, text: 'Our purpose is clear' },
      'can-influence-agenda': { counts: [1, 1, 1, 1, 1], blank: 1, text: 'I can influence the agenda, mostly' },
    });
    assert.deepEqual(totals.ignoredColumns, ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Any comments?']);
  });

  it('maps headers with a mapping file, and takes bare ids as headers', () => {
    const mapping = parseMapping(readFileSync(fromRoot('test/fixtures/pulse/mapping.yml'), 'utf8'), 'mapping.yml');
    const totals = aggregateSurvey(fixture('google.csv'), 'google.csv', mapping);
    assert.equal(totals.respondents, 2, 'an all-blank row is not a respondent');
    assert.deepEqual(byId(totals), {
      'purpose-clear': { counts: [0, 0, 0, 1, 1], blank: 0, text: 'Our purpose is clear and agreed' },
      'decisions-transparent': { counts: [0, 0, 1, 0, 0], blank: 1, text: 'Decisions are made openly, and I know how' },
      'all-voices-heard': { counts: [1, 0, 0, 1, 0], blank: 0, text: undefined },
    });
    assert.deepEqual(totals.ignoredColumns, ['Timestamp']);
  });

  it('without the mapping, unmapped headers are not questions', () => {
    const totals = aggregateSurvey(fixture('google.csv'), 'google.csv');
    assert.deepEqual(totals.questions.map((q) => q.id), ['all-voices-heard']);
  });

  it('names the row and column of an answer it does not know', () => {
    assert.throws(() => aggregateSurvey(fixture('bad-label.csv'), 'bad-label.csv'), (error: Error) => {
      assert.ok(error instanceof PulseInputError);
      assert.equal(error.message.split('\n').length, 1);
      assert.match(error.message, /^bad-label\.csv: row 3, column B "purpose-clear": "Maybe" is not an answer/);
      return true;
    });
  });

  it('reads answers as numbers or labels, ignoring case and spaces', () => {
    assert.deepEqual(
      ['1', ' 5 ', 'Strongly disagree', 'DISAGREE', 'neither  agree nor disagree', 'Neutral', 'agree', 'Strongly Agree', '', '  '].map(answerValue),
      [1, 5, 1, 2, 3, 3, 4, 5, 0, 0],
    );
    assert.equal(answerValue('6'), undefined);
    assert.equal(answerValue('0'), undefined);
    assert.equal(answerValue('Agree strongly'), undefined);
  });

  it('accepts the three header forms and refuses a question twice', () => {
    const totals = aggregateSurvey('a-b,"c-d: Text, here",[e-f] More,Email\n1,2,3,x@y\n', 's.csv');
    assert.deepEqual(totals.questions.map((q) => [q.id, q.text]), [['a-b', undefined], ['c-d', 'Text, here'], ['e-f', 'More']]);
    assert.throws(() => aggregateSurvey('a-b,[a-b] again\n1,2\n', 's.csv'), /s\.csv: row 1, column B "\[a-b\] again": question 'a-b' is also in column A "a-b"/);
    assert.throws(() => aggregateSurvey('Timestamp,Comment\n1,2\n', 's.csv'), /s\.csv: row 1: no column is a question/);
    assert.throws(() => aggregateSurvey('', 's.csv'), /s\.csv: the file is empty/);
  });

  it('refuses a header row with no responses, and rows that answer nothing, in one line each', () => {
    const refused = (source: string): string => {
      try {
        aggregateSurvey(source, 's.csv');
      } catch (error) {
        assert.ok(error instanceof PulseInputError);
        return error.message;
      }
      return assert.fail('expected a PulseInputError');
    };
    assert.equal(refused('Timestamp,purpose-clear\n'), 's.csv: only a header row and no responses; expected one row per respondent below it');
    assert.equal(refused('\uFEFFTimestamp,purpose-clear\r\n\r\n'), 's.csv: only a header row and no responses; expected one row per respondent below it');
    assert.equal(refused('Timestamp,purpose-clear\n1,\n'), 's.csv: none of its 1 row answers a question; a temperature check of no respondents says nothing');
    assert.equal(refused('Timestamp,purpose-clear\n1,\n2, \n'), 's.csv: none of its 2 rows answer a question; a temperature check of no respondents says nothing');
  });

  it('refuses a mapping file with a YAML warning or a complex key, saying where, and prints no Node warning', () => {
    const seen: unknown[] = [];
    const original = process.emitWarning;
    process.emitWarning = ((warning: unknown) => void seen.push(warning)) as typeof process.emitWarning;
    try {
      assert.throws(() => parseMapping('columns:\n  "Q": !odd purpose-clear\n', 'm.yml'), {
        name: 'PulseInputError',
        message: 'm.yml: Unresolved tag: !odd at line 2, column 8; write the column headers and question ids as plain text',
      });
      assert.throws(() => parseMapping('columns:\n  ? [a, b]\n  : purpose-clear\n', 'm.yml'), {
        name: 'PulseInputError',
        message: 'm.yml: the key ["a","b"] is a list or mapping; write each column header as text in quotes',
      });
      assert.throws(() => parseMapping('columns:\n  Q: a\n  Q: b\n', 'm.yml'), { name: 'PulseInputError', message: 'm.yml: not valid YAML: Map keys must be unique at line 3, column 3' });
    } finally {
      process.emitWarning = original;
    }
    assert.deepEqual(seen, []);
  });

  it('refuses a mapping that names a column the survey does not have, or a bad id', () => {
    const mapping = parseMapping('columns:\n  "Not there": purpose-clear\n', 'm.yml');
    assert.throws(() => aggregateSurvey('purpose-clear\n1\n', 's.csv', mapping), /s\.csv: row 1: no column is headed "Not there"/);
    assert.throws(() => parseMapping('columns:\n  "Q": Purpose Clear\n', 'm.yml'), /m\.yml: the column "Q" maps to "Purpose Clear", which is not a question id/);
    assert.throws(() => parseMapping('- a\n', 'm.yml'), /m\.yml: expected 'columns:'/);
  });

  it('fills a planned page with the checklist and the totals', () => {
    const content = '---\nkind: pulse\ndate: 2026-12-05\nchecklist: netgov-core\ninvited: 8\nrespondents: 6\n---\n\n## What we heard\n';
    const totals = aggregateSurvey(fixture('forms.csv'), 'forms.csv');
    const out = withTotals(content, 'our-own', totals.questions);
    const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(out)![1]!) as Record<string, unknown>;
    assert.equal(data.checklist, 'our-own');
    assert.deepEqual(data.questions, {
      'purpose-clear': { text: 'Our purpose is clear', counts: [0, 1, 1, 2, 2], blank: 0 },
      'can-influence-agenda': { text: 'I can influence the agenda, mostly', counts: [1, 1, 1, 1, 1], blank: 1 },
    });
    assert.ok(out.endsWith('---\n\n## What we heard\n'));
  });

  it('counts current members on a date', () => {
    const members = [{ joined: '2026-01-01' }, { joined: '2026-12-10' }, { joined: '2025-01-01', left: '2026-06-01' }, {}];
    assert.equal(currentMemberCount(members, '2026-12-05'), 2);
    assert.equal(currentMemberCount(members, '2026-05-01'), 3);
    assert.equal(columnLetter(0), 'A');
    assert.equal(columnLetter(27), 'AB');
  });
});

describe('pulse: filling a planned page (mutants)', () => {
  it('refuses a page that does not open with frontmatter, even with a --- line further down', () => {
    assert.throws(() => withTotals('# Pulse\n---\nchecklist: netgov-core\n---\n', 'our-own', []), { message: 'The pulse template has no frontmatter.' });
    assert.throws(() => withTotals('---\nchecklist: netgov-core\n', 'our-own', []), { message: 'The pulse template has no frontmatter.' });
  });
});
