import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/webview/render/escape';
import { renderHealthMain, renderHealthPage } from '../../src/webview/render/page';
import { samplePanelData } from './panel-fixtures';

const PANEL = { mode: 'panel', nonce: 'n0nce123', cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/media/health.js', today: '2026-11-30' } as const;

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `missing ${start}`);
  return html.slice(from, html.indexOf(end, from + start.length));
}

describe('health page rendering', () => {
  const data = samplePanelData();
  const report = renderHealthPage(data, { mode: 'report' });
  const panel = renderHealthPage(data, PANEL);

  it('says there is no verdict, and what the score would rest on, when less than half of the weight is known', () => {
    const thin = samplePanelData();
    const html = renderHealthPage({ ...thin, report: { ...thin.report, score: undefined, status: 'unknown', coverage: { known: 4, total: 46, share: 0.12 } } }, { mode: 'report' });
    const scores = between(html, '<section id="scores"', '</section>');
    assert.match(scores, /<span class="big">–<\/span>/);
    assert.match(scores, /<p class="coverage"><strong>No verdict: less than 50% of the weight has data behind it<\/strong>, based on 4 of 46 checks, 12% of the weight\.<\/p>/);
  });

  it('escapes the five characters that matter in text and attribute values', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('plain words'), 'plain words');
  });

  it('draws every section under its stable id, inside one main landmark, with one h1', () => {
    for (const html of [report, panel]) {
      for (const id of ['scores', 'outcomes', 'graph', 'leadership', 'funnel', 'participation', 'pulses', 'maturity', 'findings', 'unknown']) assert.match(html, new RegExp(`<section id="${id}"`), id);
      assert.equal(html.match(/<main id="health-main">/g)?.length, 1);
      assert.equal(html.match(/<h1[ >]/g)?.length, 1);
      assert.match(html, /<a class="skip-link" href="#findings">/);
      assert.match(html, /^<!DOCTYPE html>\n<html lang="en-GB">/);
    }
  });

  it('shows the scores with their status in words, how much is known and a labelled trend', () => {
    const scores = between(report, '<section id="scores"', '</section>');
    assert.match(scores, /<p class="coverage">Overall based on 12 of 18 checks, 70% of the weight\.<\/p>/);
    assert.match(scores, /<span class="big">64<\/span><span class="out-of">out of 100<\/span><span class="status s-watch">.*?watch<\/span>/);
    assert.match(scores, /<th scope="row">Shared purpose and impact<\/th><td class="number">50<\/td><td><span class="status s-watch">.*?watch<\/span><\/td><td>known 80% <span class="muted">\(1 of 1 checks\)<\/span><\/td>/);
    assert.match(scores, /<th scope="row">Action and delivery<\/th><td class="number">75<\/td><td><span class="status s-healthy">.*?healthy<\/span>/);
    assert.match(scores, /<th scope="row">Inclusion and representation<\/th><td class="number">–<\/td><td><span class="status s-unknown">.*?unknown<\/span><\/td><td>known 0% <span class="muted">\(1 of 2 checks\)<\/span><\/td><td><span class="muted">no trend yet<\/span>/);
    assert.match(scores, /role="img" aria-label="Shared purpose and impact, month by month: 40 on 30 Sep 2026, 47 on 27 Nov 2026"/);
    assert.equal(scores.match(/class="spark inline"/g)?.length, 7);
  });

  it('draws a run chart per outcome with its median and target lines, the verdict and signals in words, and the linked actions', () => {
    const outcomes = between(report, '<section id="outcomes"', '</section>');
    assert.match(outcomes, /<h3 id="outcome-0">Fewer &lt;emergency&gt; admissions for asthma: <span class="verdict"><span class="icon" aria-hidden="true">✖<\/span>off track<\/span><\/h3>/);
    assert.match(outcomes, /<svg class="run-chart" viewBox="0 0 420 150" width="420" height="150" role="img" aria-labelledby="outcome-0-chart-title outcome-0-chart-desc" focusable="false"><title id="outcome-0-chart-title">Run chart: Fewer &lt;emergency&gt; admissions for asthma<\/title><desc id="outcome-0-chart-desc">7 figures from 31 Mar 2025 \(40\) to 30 Sep 2026 \(41\), median 38, target 20 by 31 Mar 2027\. Verdict: off track\. Signals: a trend: 5 points in a row rising/);
    assert.equal(outcomes.match(/<line class="median"/g)?.length, 1);
    assert.equal(outcomes.match(/<line class="target"/g)?.length, 1);
    assert.equal(outcomes.match(/<line class="path"/g)?.length, 1);
    assert.equal(outcomes.match(/<circle class="point signal"/g)?.length, 5, 'the five points of the trend are ringed');
    assert.equal(outcomes.match(/<circle class="point"/g)?.length, 2);
    assert.match(outcomes, /<title>31 Dec 2025: 35 \(Winter quarter\), part of a signal<\/title>/);
    assert.match(outcomes, /<li>a trend: 5 points in a row rising \(30 Sep 2025 to 30 Sep 2026\), away from the target<\/li>/);
    assert.match(outcomes, /<details open><summary>1 linked action<\/summary><ul class="evidence"><li>Audit spare inhalers <span class="muted">\(in progress, <span class="source">actions\/2026-01-10-audit\.md:6<\/span>\)<\/span><\/li>/);
    assert.match(outcomes, /<h3 id="outcome-1">Every school has an asthma plan: <span class="verdict"><span class="icon" aria-hidden="true">\?<\/span>no verdict yet<\/span><\/h3>/);
    assert.equal(outcomes.match(/<svg class="run-chart"/g)?.length, 1, 'an outcome with no figures has no chart');
    assert.match(outcomes, /<p>No action is linked to this outcome\.<\/p>/);
  });

  it('draws the leadership timeline with a line for the day and every term in a table', () => {
    const leadership = between(report, '<section id="leadership"', '</section>');
    assert.match(leadership, /aria-label="Leadership timeline from 1 Mar 2025 to 27 Nov 2027: 3 rows, 4 terms, 1 expired, 1 ending within 90 days\./);
    assert.match(leadership, /<line class="today"/);
    assert.equal(leadership.match(/class="bar term-/g)?.length, 4 + 5, 'four terms and five legend swatches');
    assert.match(leadership, /<tr><td>Reviews in primary care<\/td><td>Ama Mensah<\/td><td>lead<\/td><td>1 Jul 2026<\/td><td>31 Jan 2027<\/td><td>ends within 90 days<\/td><td><span class="source">members\/ama-mensah\.md:7<\/span><\/td><\/tr>/);
    assert.match(leadership, /<td>no end date<\/td><td>no end date<\/td>/);
  });

  it('counts actions by status and lists overdue work with its source', () => {
    const funnel = between(report, '<section id="funnel"', '</section>');
    const counts = [...funnel.matchAll(/<th scope="row">([^<]+)<\/th><td class="number">(\d+)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(counts, ['Proposed 3', 'Agreed 2', 'In progress 4', 'Blocked 1', 'Done 7', 'Dropped 2']);
    assert.match(funnel, /<h3>Overdue: 3 actions<\/h3>/);
    assert.match(funnel, /<td>Audit spare inhalers<\/td><td>30 Sep 2026<\/td><td class="number">58<\/td><td>Priya Shah<\/td><td><span class="source">actions\/2026-01-10-audit\.md:7<\/span>/);
    assert.match(funnel, /<span class="muted">no owner<\/span>/);
    assert.match(funnel, /<p>and 1 more<\/p>/);
  });

  it('shows participation month by month as charts and a table', () => {
    const participation = between(report, '<section id="participation"', '</section>');
    assert.match(participation, /aria-label="Share of members active, month by month: 60% on 30 Sep 2026, 75% on 27 Nov 2026\./);
    assert.match(participation, /aria-label="Meetings held each month: 3 over 3 months, at most 2 in one month\./);
    assert.match(participation, /<tr><td>31 Oct 2026<\/td><td class="number">10<\/td><td class="number">7<\/td><td class="number">70%<\/td><td class="number">1<\/td><td class="number">4\.0<\/td><\/tr>/);
  });

  it('shows the latest temperature check as distributions and never a count from fewer than five', () => {
    const pulses = between(report, '<section id="pulses"', '</section>');
    assert.match(pulses, /<h3>Latest: 30 Sep 2026<\/h3><p>9 of 12 invited members answered\./);
    assert.match(pulses, /<ul class="legend" aria-label="Colours"><li><svg[^>]*>.*?<\/svg>1: strongly disagree<\/li>/);
    assert.match(pulses, /<p class="question-title">Members feel heard<\/p><svg[^>]*aria-label="Members feel heard: 1 \(strongly disagree\): 0, 2 \(disagree\): 1, 3 \(neither\): 2, 4 \(agree\): 4, 5 \(strongly agree\): 2"/);
    assert.match(pulses, /1: 0 · 2: 1 · 3: 2 · 4: 4 · 5: 2 \(9 answered; mean 3\.8 of 5\)/);
    assert.match(pulses, /<p class="question-title">Members can shape the agenda<\/p><p class="muted">Fewer than 5 answers: not shown\.<\/p>/);
    assert.match(pulses, /<h3>Earlier checks<\/h3><ul><li>31 Mar 2026: 4 of 10 invited members answered\.<\/li><\/ul>/);
  });

  it('sets the maturity now against the aim per dimension', () => {
    const maturity = between(report, '<section id="maturity"', '</section>');
    assert.match(maturity, /<th scope="row">Shared purpose and impact<\/th><td class="number">2<\/td><td class="number">4<\/td>/);
    assert.equal(between(maturity, 'Shared purpose and impact', '</tr>').match(/dot-current/g)?.length, 2);
    assert.equal(maturity.match(/dot-target/g)?.length, 2, 'a ring per row');
  });

  it('gives each finding its status, evidence, discussion question and why', () => {
    const findings = between(report, '<section id="findings"', '</section>');
    assert.match(findings, /<p>1 at risk, 1 to watch\.<\/p>/);
    assert.match(findings, /<h3 id="finding-overdue-share"><span class="status s-at-risk">.*?at risk<\/span> Agreed work past its due date<\/h3><p class="muted">Action and delivery<\/p>/);
    assert.match(findings, /<li><span class="source">actions\/2026-01-10-audit\.md:7<\/span>: due 30 Sep 2026<\/li>/, "the core's ISO date written as the page writes dates");
    assert.match(findings, /<li>and 3 more<\/li>/);
    assert.match(findings, /<p class="question"><strong>To discuss:<\/strong> <em>Which overdue action should we let go\?<\/em><\/p>/);
    assert.match(findings, /<strong>Why it matters:<\/strong> Why overdue-share matters\. <strong>What helps:<\/strong> How to improve overdue-share\./);
  });

  it('lists the checks with no data', () => {
    const unknown = between(report, '<section id="unknown"', '</section>');
    assert.match(unknown, /<li><strong>Check patient-partners-involved<\/strong> <span class="muted">\(Inclusion and representation\)<\/span>: No patient partners recorded\.<\/li>/);
    assert.match(unknown, /Members can shape the agenda/);
  });

  it('makes the report self-contained: a strict CSP, an inline stylesheet, no script, no URL, no links into files', () => {
    assert.match(report, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">/);
    assert.doesNotMatch(report, /<script/i);
    assert.doesNotMatch(report, /https?:\/\//i);
    assert.doesNotMatch(report, /data-file=|data-line=/);
    assert.doesNotMatch(report, /<link|<img|src=/i);
    assert.equal(report.match(/<style>/g)?.length, 1);
    assert.match(report, /@media \(prefers-color-scheme: dark\)/);
    assert.match(report, /@media print/);
    assert.doesNotMatch(report, /id="as-of"/);
  });

  it('gives the panel one nonced script and stylesheet, a nonce CSP, clickable sources and the as-of picker', () => {
    assert.match(panel, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src vscode-webview:\/\/abc data:; style-src vscode-webview:\/\/abc 'nonce-n0nce123'; script-src 'nonce-n0nce123';">/);
    assert.equal(panel.match(/<script/g)?.length, 1);
    assert.match(panel, /<script nonce="n0nce123" src="vscode-webview:\/\/abc\/media\/health\.js"><\/script>/);
    assert.equal(panel.match(/<style nonce="n0nce123">/g)?.length, 1);
    assert.doesNotMatch(panel, /prefers-color-scheme/, 'the panel takes its colours from VS Code');
    assert.match(panel, /<button type="button" class="source" data-file="\/networks\/eastfield\/actions\/2026-01-10-audit\.md" data-line="6" title="Open actions\/2026-01-10-audit\.md:7 beside the panel">actions\/2026-01-10-audit\.md:7<\/button>/);
    // No anchor that the webview host would follow to the top of the page.
    assert.doesNotMatch(panel, /href="#"/);
    assert.match(panel, /<label for="as-of">[^<]+<\/label><input type="date" id="as-of" value="2026-11-27" max="2026-11-30">/);
    const withStylesheet = renderHealthPage(data, { ...PANEL, styleUri: 'vscode-webview://abc/media/health.css' });
    assert.match(withStylesheet, /<link rel="stylesheet" href="vscode-webview:\/\/abc\/media\/health\.css">/);
    assert.doesNotMatch(withStylesheet, /<style/);
    assert.throws(() => renderHealthPage(data, { mode: 'panel' }), /needs a nonce/);
  });

  it('uses no inline style or event handler attribute, which the panel CSP would block or which could run', () => {
    for (const html of [report, panel]) {
      assert.doesNotMatch(html, /\sstyle="/);
      assert.doesNotMatch(html, /\son[a-z]+=/i);
    }
  });

  it('renders the inside of main on its own for live updates', () => {
    assert.ok(panel.includes(`<main id="health-main">${renderHealthMain(data, 'panel')}</main>`));
    assert.ok(report.includes(`<main id="health-main">${renderHealthMain(data, 'report')}</main>`));
  });
});
