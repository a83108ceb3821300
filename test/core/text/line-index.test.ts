import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/line-index';

describe('LineIndex: line breaks as VS Code counts them', () => {
  it('takes a lone CR as a line break, like LF and CRLF', () => {
    const lines = new LineIndex('ab\rcd\r\nef\ngh');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 3, 7, 10].map((offset) => lines.positionAt(offset)), [0, 1, 2, 3].map((line) => ({ line, character: 0 })));
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 1 });
    assert.equal(lines.lineStart(1), 3);
    assert.equal(lines.lineEnd(0), 2);
  });
});
