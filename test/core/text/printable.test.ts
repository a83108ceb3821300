import assert from 'node:assert/strict';
import { neutraliseMarkdown, spreadsheetSafe } from '../../../src/core/text/printable';

describe('printable text for code hosts and spreadsheets', () => {
  it('makes a mention inert but leaves a lone @ as written', () => {
    assert.equal(neutraliseMarkdown('ask @alice'), 'ask @&#8203;alice');
    assert.equal(neutraliseMarkdown('meet @ 10, a@ b'), 'meet @ 10, a@ b');
  });

  it('keeps signed decimals as numbers in a spreadsheet, and guards formulas', () => {
    assert.equal(spreadsheetSafe('-1.5'), '-1.5');
    assert.equal(spreadsheetSafe('-12.75'), '-12.75', 'more than one decimal digit is still a number');
    assert.equal(spreadsheetSafe('+42'), '+42');
    assert.equal(spreadsheetSafe('-1.x'), "'-1.x");
    assert.equal(spreadsheetSafe('=1+1'), "'=1+1");
  });
});
