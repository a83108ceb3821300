import assert from 'node:assert/strict';
import { renderHealthPage } from '../../src/webview/render/page';
import { samplePanelData } from './panel-fixtures';

const PANEL = { mode: 'panel', nonce: 'n0nce123', cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/media/health.js', today: '2026-11-30' } as const;
const AREAS = [
  { id: 'schools', title: 'Asthma-friendly schools' },
  { id: 'primary-care', title: '<b>Reviews</b> & primary care' },
];

describe('health page: one area', () => {
  it('offers the areas beside the as-of picker in the panel, the one shown selected, titles escaped', () => {
    const data = samplePanelData();
    const scoped = { ...data, report: { ...data.report, area: { id: 'primary-care', title: AREAS[1]!.title, members: 6, actions: 4, meetings: 2, pulses: 2 } } };
    const html = renderHealthPage(scoped, { ...PANEL, areas: AREAS });
    assert.match(html, /<input type="date" id="as-of"[^>]*><\/div><div class="picker"><label for="area">Area<\/label><select id="area"><option value="">the whole network<\/option><option value="schools">Asthma-friendly schools<\/option><option value="primary-care" selected>&lt;b&gt;Reviews&lt;\/b&gt; &amp; primary care<\/option><\/select>/);
    assert.match(html, /<h2 class="area-heading" id="area-heading">&lt;b&gt;Reviews&lt;\/b&gt; &amp; primary care<\/h2><p class="area-line">Area: &lt;b&gt;Reviews&lt;\/b&gt; &amp; primary care \(primary-care\)\. Rests on the area&#39;s 6 member pages, 4 actions and 2 meetings/);
    // The whole network: the first option selected, no area heading.
    const whole = renderHealthPage(data, { ...PANEL, areas: AREAS });
    assert.match(whole, /<option value="" selected>the whole network<\/option>/);
    assert.doesNotMatch(whole, /area-heading/);
  });

  it('draws no area picker in the exported report, or for a network without areas', () => {
    assert.doesNotMatch(renderHealthPage(samplePanelData(), { mode: 'report' }), /<select/);
    assert.doesNotMatch(renderHealthPage(samplePanelData(), PANEL), /<select id="area"/);
  });
});
