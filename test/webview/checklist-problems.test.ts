import assert from 'node:assert/strict';
import { renderHealthMain } from '../../src/webview/render/page';
import { samplePanelData } from './panel-fixtures';

// A network's own checklist with problems: the panel says so beside the checklist's name, in words
// a lead can act on, and says nothing when the checklist is sound.
describe('health page: problems in the network\'s own checklist', () => {
  it('says how many problems the checklist file has, that the built-in items stand, and where they are listed', () => {
    const html = renderHealthMain(samplePanelData(), 'panel', undefined, { checklistProblems: { file: 'health/our-checklist.yml', count: 2 } });
    assert.match(
      html,
      /<p class="checklist-problems" id="checklist-problems" role="status">The network's checklist \(health\/our-checklist\.yml\) has 2 problems: the items concerned are left out and the built-in ones stand\. The Problems panel lists them\.<\/p>/,
    );
    const one = renderHealthMain(samplePanelData(), 'panel', undefined, { checklistProblems: { file: 'c.yml', count: 1 } });
    assert.match(one, /has 1 problem: .* The Problems panel lists it\./);
  });

  it('escapes the file name, and says nothing when there are no problems', () => {
    assert.match(renderHealthMain(samplePanelData(), 'panel', undefined, { checklistProblems: { file: '<b>x</b>.yml', count: 1 } }), /\(&lt;b&gt;x&lt;\/b&gt;\.yml\)/);
    assert.doesNotMatch(renderHealthMain(samplePanelData(), 'panel', undefined, { checklistProblems: { file: 'c.yml', count: 0 } }), /checklist-problems/);
    assert.doesNotMatch(renderHealthMain(samplePanelData(), 'panel'), /checklist-problems/);
  });
});
