import assert from 'node:assert/strict';
import {
  bodyBudgetProblem,
  MAX_BRACKET_DEPTH,
  MAX_DELIMITER_RUN,
  MAX_INDENT,
  MAX_LINE_CONTAINERS,
  MAX_LIST_WORK,
  MAX_MARKER_WORK,
  MAX_PARAGRAPH_MARKERS,
} from '../../../src/core/parse/body';

/**
 * bodyBudgetProblem at and one past each of its limits, with the exact offset
 * and reason it reports. Each limit is met exactly (undefined) and then passed
 * by one (a problem), so that a `>` read as `>=`, a changed weight or a marker
 * left uncounted changes a result.
 */

const INDENT = `a line indented more than ${MAX_INDENT} columns`;
const CONTAINERS = `more than ${MAX_LINE_CONTAINERS} lists or quotes opened on one line`;
const LIST_WORK = 'more list items and quotes (weighted by how deep they nest)';
const BRACKETS = `brackets (\`[\` or \`![\`) nested more than ${MAX_BRACKET_DEPTH} deep`;
const MARKERS = `more than ${MAX_PARAGRAPH_MARKERS} inline markers (\`*\`, \`_\`, backticks, brackets) in one paragraph`;
const WORK = 'too much inline markup (`*`, `_`, backticks, brackets) across its paragraphs';
const runOf = (c: string): string => `a run of more than ${MAX_DELIMITER_RUN} \`${c}\``;

describe('body budget: indentation', () => {
  it('allows a line indented exactly the most columns, and reports the line start one column past', () => {
    assert.equal(bodyBudgetProblem(`x\n${' '.repeat(MAX_INDENT)}x`), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(`x\n${' '.repeat(MAX_INDENT + 1)}x`), { offset: 2, reason: INDENT });
  });

  it('counts a tab as four columns', () => {
    const tabs = '\t'.repeat(MAX_INDENT / 4);
    assert.equal(bodyBudgetProblem(`x\n${tabs}x`), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(`x\n${tabs} x`), { offset: 2, reason: INDENT });
    assert.deepStrictEqual(bodyBudgetProblem(`x\n ${tabs}x`), { offset: 2, reason: INDENT });
  });

  it('reads a line of only spaces or tabs, however wide, as a blank line', () => {
    assert.equal(bodyBudgetProblem(`x\n${' '.repeat(MAX_INDENT + 1)}\nx`), undefined);
    assert.equal(bodyBudgetProblem(`x\n${'\t'.repeat(MAX_INDENT)}\r\nx`), undefined);
  });

  it('reports the start of the line after a CRLF', () => {
    assert.deepStrictEqual(bodyBudgetProblem(`x\r\n${' '.repeat(MAX_INDENT + 1)}x\r\n`), { offset: 3, reason: INDENT });
  });
});

describe('body budget: lists and quotes opened on one line', () => {
  // Every kind of marker, with a space, a tab or a wide gap after it; the line starts three spaces in.
  const kinds = ['- ', '+\t', '* ', '1. ', '2)\t', '123456789. ', '> ', '-     ', '+ \t '];
  const sixteen = `   ${Array.from({ length: MAX_LINE_CONTAINERS }, (_, i) => kinds[i % kinds.length]).join('')}`;

  it('allows the most markers on one line and reports one more, with or without text after it', () => {
    assert.equal(bodyBudgetProblem(`x\n${sixteen}x`), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(`x\n${sixteen}- x`), { offset: 2, reason: CONTAINERS });
    assert.deepStrictEqual(bodyBudgetProblem(`x\n${sixteen}>`), { offset: 2, reason: CONTAINERS });
    for (const kind of kinds) {
      assert.deepStrictEqual(bodyBudgetProblem(`x\n${sixteen}${kind}x`), { offset: 2, reason: CONTAINERS }, JSON.stringify(kind));
    }
  });

  it('counts each kind of marker', () => {
    for (const kind of kinds) {
      const line = `${kind.repeat(MAX_LINE_CONTAINERS)}x`;
      assert.equal(bodyBudgetProblem(line), undefined, JSON.stringify(kind));
      assert.deepStrictEqual(bodyBudgetProblem(`${kind}${line}`), { offset: 0, reason: CONTAINERS }, JSON.stringify(kind));
    }
  });

  it('stops at the first text that opens no list or quote', () => {
    for (const text of ['-x', '. x', '1234567890. x', '1: x', 'x - - x', '#  - x', '\\- x']) {
      assert.equal(bodyBudgetProblem(`x\n${sixteen}${text}`), undefined, text);
    }
    assert.equal(bodyBudgetProblem(`x ${'- '.repeat(MAX_LINE_CONTAINERS + 1)}`), undefined);
  });

  it('reads markers after the deepest indentation, up to the end of the head of the line', () => {
    // The head of a line is as long as the deepest indentation with the most markers, 4 characters each, and 40 more.
    const head = MAX_INDENT + 4 * (MAX_LINE_CONTAINERS + 1) + 40;
    const opened = `${' '.repeat(MAX_INDENT)}${'- '.repeat(MAX_LINE_CONTAINERS)}`;
    // The last marker is the head's last character: the cut reads as the end of the line.
    const atCut = `${opened.padEnd(head - 1)}- x`;
    assert.deepStrictEqual(bodyBudgetProblem(`x\n${atCut}`), { offset: 2, reason: CONTAINERS });
    // One character further it is past the head, unread.
    assert.equal(bodyBudgetProblem(`x\n${opened.padEnd(head)}- x`), undefined);
  });

  it('reads markers after an indentation of tabs', () => {
    const tabs = '\t'.repeat(MAX_INDENT / 4);
    assert.deepStrictEqual(bodyBudgetProblem(`x\n${tabs}${'- '.repeat(MAX_LINE_CONTAINERS + 1)}x`), { offset: 2, reason: CONTAINERS });
    assert.deepStrictEqual(bodyBudgetProblem(`x\n  \t\t${'- '.repeat(MAX_LINE_CONTAINERS + 1)}x`), { offset: 2, reason: CONTAINERS });
  });
});

describe('body budget: list work', () => {
  // Indented 3 columns (weight 1) with two markers: 3 a line.
  const item = '   - - x';

  it('weighs each line by half its indentation, rounded down, and its markers', () => {
    const lines = MAX_LIST_WORK / 3;
    assert.equal(bodyBudgetProblem(Array(lines).fill(item).join('\n')), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(Array(lines + 1).fill(item).join('\n')), {
      offset: lines * (item.length + 1),
      reason: LIST_WORK,
    });
  });

  it('weighs one marker at no indentation as 1', () => {
    assert.equal(bodyBudgetProblem(Array(MAX_LIST_WORK).fill('> x').join('\n')), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(Array(MAX_LIST_WORK + 1).fill('> x').join('\n')), { offset: MAX_LIST_WORK * 4, reason: LIST_WORK });
  });

  it('weighs nothing for an indented line that opens no list or quote', () => {
    const lines = Math.ceil(MAX_LIST_WORK / (MAX_INDENT / 2)) + 1;
    assert.equal(bodyBudgetProblem(Array(lines).fill(`${' '.repeat(MAX_INDENT)}x`).join('\n')), undefined);
  });

  it('weighs list items indented by tabs', () => {
    // Two tabs: 8 columns (weight 4) and one marker: 5 a line.
    const tabbed = '\t\t- x';
    const lines = MAX_LIST_WORK / 5;
    assert.equal(bodyBudgetProblem(Array(lines).fill(tabbed).join('\n')), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(Array(lines + 1).fill(tabbed).join('\n')), {
      offset: lines * (tabbed.length + 1),
      reason: LIST_WORK,
    });
  });
});

describe('body budget: runs of delimiters', () => {
  it('allows the longest run of `*` or `_` and reports where a longer one starts', () => {
    for (const c of ['*', '_']) {
      assert.equal(bodyBudgetProblem(`ab\nx${c.repeat(MAX_DELIMITER_RUN)}`), undefined, c);
      assert.deepStrictEqual(bodyBudgetProblem(`ab\nx${c.repeat(MAX_DELIMITER_RUN + 1)}y`), { offset: 4, reason: runOf(c) }, c);
    }
  });

  it('never limits a run of backticks', () => {
    assert.equal(bodyBudgetProblem(`x${'`'.repeat(MAX_DELIMITER_RUN * 4)}`), undefined);
  });

  it('ends a run at any other character, another delimiter or the end of a line', () => {
    const half = MAX_DELIMITER_RUN / 2 + 1;
    assert.equal(bodyBudgetProblem(`${'*'.repeat(MAX_DELIMITER_RUN)}a${'*'.repeat(MAX_DELIMITER_RUN)}`), undefined);
    assert.equal(bodyBudgetProblem(`${'*'.repeat(half)}_${'*'.repeat(half)}`), undefined);
    assert.equal(bodyBudgetProblem(`${'*'.repeat(half)}\`${'*'.repeat(half)}`), undefined);
    assert.equal(bodyBudgetProblem('*_'.repeat(MAX_DELIMITER_RUN)), undefined);
    assert.equal(bodyBudgetProblem(`a${'*'.repeat(half)}\n${'*'.repeat(half)}a`), undefined);
    assert.equal(bodyBudgetProblem(`a${'*'.repeat(half)}\r\n${'*'.repeat(half)}a`), undefined);
  });

  it('reports a run that starts after a run of another delimiter', () => {
    assert.deepStrictEqual(bodyBudgetProblem(`__${'*'.repeat(MAX_DELIMITER_RUN + 1)}`), { offset: 2, reason: runOf('*') });
  });
});

describe('body budget: nested brackets', () => {
  it('allows the deepest nesting and reports the bracket one deeper', () => {
    assert.equal(bodyBudgetProblem(`ab\n${'['.repeat(MAX_BRACKET_DEPTH)}`), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(`ab\n${'!['.repeat(MAX_BRACKET_DEPTH + 1)}`), { offset: 3 + 2 * MAX_BRACKET_DEPTH + 1, reason: BRACKETS });
  });

  it('closes a bracket at `]`, but never below no depth', () => {
    const open = '['.repeat(MAX_BRACKET_DEPTH);
    assert.equal(bodyBudgetProblem(`${open}]a[`), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(`${open}][[`), { offset: MAX_BRACKET_DEPTH + 2, reason: BRACKETS });
    assert.deepStrictEqual(bodyBudgetProblem(`]]${open}[`), { offset: MAX_BRACKET_DEPTH + 2, reason: BRACKETS });
  });

  it('closes every bracket at a blank line, but not at a list item or a line break', () => {
    const open = '['.repeat(MAX_BRACKET_DEPTH);
    assert.equal(bodyBudgetProblem(`${open}\n\n${open}`), undefined);
    assert.equal(bodyBudgetProblem(`${open}\r\n \t\r\n${open}`), undefined);
    assert.deepStrictEqual(bodyBudgetProblem(`${open}\n[`), { offset: MAX_BRACKET_DEPTH + 1, reason: BRACKETS });
    assert.deepStrictEqual(bodyBudgetProblem(`${open}\n- [`), { offset: MAX_BRACKET_DEPTH + 3, reason: BRACKETS });
  });
});

describe('body budget: inline markers in one paragraph', () => {
  // Each shape with how many markers one copy of it adds.
  const shapes: readonly (readonly [string, number])[] = [
    ['*a', 1],
    ['_a', 1],
    ['`a', 1],
    ['(a', 1],
    ['<a', 1],
    [']a', 1],
    ['[a]', 2],
    ['**a', 1],
    ['*_', 2],
    ['a*\n*a', 2],
  ];

  it('counts each kind of marker, allowing the most and reporting one more at the paragraph start', () => {
    for (const [shape, count] of shapes) {
      const at = MAX_PARAGRAPH_MARKERS / count;
      assert.equal(bodyBudgetProblem(`intro\n\n${shape.repeat(at)}`), undefined, shape);
      assert.deepStrictEqual(bodyBudgetProblem(`intro\n\n${shape.repeat(at)}(`), { offset: 7, reason: MARKERS }, shape);
    }
  });

  it('counts no plain text, spaces or other punctuation', () => {
    assert.equal(bodyBudgetProblem(`${'a )>!-#.'.repeat(MAX_PARAGRAPH_MARKERS)}${'('.repeat(MAX_PARAGRAPH_MARKERS)}`), undefined);
  });

  it('reports the first line after the blank lines before a paragraph', () => {
    const over = '('.repeat(MAX_PARAGRAPH_MARKERS + 1);
    assert.deepStrictEqual(bodyBudgetProblem(`a\n\n \n\t\n${over}`), { offset: 7, reason: MARKERS });
    assert.deepStrictEqual(bodyBudgetProblem(`a\r\n\r\n${over}`), { offset: 5, reason: MARKERS });
    assert.deepStrictEqual(bodyBudgetProblem(`\n${over}`), { offset: 1, reason: MARKERS });
    assert.deepStrictEqual(bodyBudgetProblem(over), { offset: 0, reason: MARKERS });
  });

  it('reports the list item, quote or heading that starts a paragraph', () => {
    const half = '('.repeat(MAX_PARAGRAPH_MARKERS / 2 + 1);
    assert.deepStrictEqual(bodyBudgetProblem(`a\n> ${half}\n${half}`), { offset: 2, reason: MARKERS });
  });
});

describe('body budget: lines that start a new paragraph', () => {
  const half = '('.repeat(MAX_PARAGRAPH_MARKERS / 2 + 100);

  it('starts one at a list item, quote or heading', () => {
    for (const line of ['- x', '+ x', '* x', '-\tx', '  - x', '\t- x', '1) x', '1. x', '123456789. x', '> x', '>', '# x', '###### x', '######']) {
      assert.equal(bodyBudgetProblem(`${half}\n${line}\n${half}`), undefined, line);
    }
  });

  it('starts none at other text', () => {
    for (const line of ['-x', '. x', '1234567890. x', '1: x', '####### x', '#x', 'x - x', '  x', '\\- x']) {
      assert.deepStrictEqual(bodyBudgetProblem(`${half}\n${line}\n${half}`), { offset: 0, reason: MARKERS }, line);
    }
  });
});

describe('body budget: inline markup summed over paragraphs', () => {
  const full = '('.repeat(MAX_PARAGRAPH_MARKERS);
  const paragraphs = MAX_MARKER_WORK / (MAX_PARAGRAPH_MARKERS * MAX_PARAGRAPH_MARKERS);

  it('allows the most work, and reports the paragraph that passes it', () => {
    const within = Array(paragraphs).fill(full).join('\n\n');
    assert.equal(bodyBudgetProblem(within), undefined);
    assert.equal(bodyBudgetProblem(`${within}\n`), undefined);
    const offset = within.length + 2;
    assert.deepStrictEqual(bodyBudgetProblem(`${within}\n\n(`), { offset, reason: WORK });
    assert.deepStrictEqual(bodyBudgetProblem(`${within}\n\n(\n`), { offset, reason: WORK });
  });

  it('reports the work as soon as the paragraph ends, before any later problem', () => {
    const within = Array(paragraphs).fill(full).join('\n\n');
    const offset = within.length + 2;
    assert.deepStrictEqual(bodyBudgetProblem(`${within}\n\n(\n\n${' '.repeat(MAX_INDENT + 1)}x`), { offset, reason: WORK });
    assert.deepStrictEqual(bodyBudgetProblem(`${within}\n\n(\n- ${'*'.repeat(MAX_DELIMITER_RUN + 1)}`), { offset, reason: WORK });
  });

  it('sums the squares of each paragraph', () => {
    // Twice as many paragraphs, each with half as many markers short of one: within, as the sum of squares.
    const part = '('.repeat(MAX_PARAGRAPH_MARKERS / 2);
    assert.equal(bodyBudgetProblem(Array(paragraphs * 4).fill(part).join('\n\n')), undefined);
    assert.equal(bodyBudgetProblem(''), undefined);
    assert.equal(bodyBudgetProblem('\n'), undefined);
  });
});
