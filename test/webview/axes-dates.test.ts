import assert from 'node:assert/strict';
import { renderHealthMain, renderHealthPage } from '../../src/webview/render/page';
import { samplePanelData } from './panel-fixtures';

const PANEL = { mode: 'panel', nonce: 'n0nce123', cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/media/health.js', today: '2026-11-30' } as const;

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `missing ${start}`);
  return html.slice(from, html.indexOf(end, from + start.length));
}

/** The words written along a chart's time axis, in order. */
function axisLabels(svg: string): string[] {
  const axis = between(svg, '<g class="time-axis">', '</g>');
  return [...axis.matchAll(/<text class="tick-label (?:year|quarter)"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

function ticks(svg: string, kind: 'year' | 'quarter'): number {
  return between(svg, '<g class="time-axis">', '</g>').match(new RegExp(`<line class="tick ${kind}"`, 'g'))?.length ?? 0;
}

describe('health page: time axes and dates', () => {
  const data = samplePanelData();
  const report = renderHealthPage(data, { mode: 'report' });

  it('gives the outcome run chart year and quarter ticks, labelled with the year, instead of only its two end dates', () => {
    const chart = between(report, '<svg class="run-chart"', '</svg>');
    // Figures from 31 Mar 2025 to the target date, 31 Mar 2027.
    assert.equal(ticks(chart, 'year'), 2);
    assert.equal(ticks(chart, 'quarter'), 6);
    // The axis starts the day before Q2 of 2025: its year, written from the left end, leaves no room for the names of Q2 and Q3.
    assert.deepEqual(axisLabels(chart), ['2025', 'Q4', '2026', 'Q2', 'Q3', 'Q4', '2027']);
    assert.doesNotMatch(chart, />31 Mar 2025<\/text>/, 'no end date written on the axis');
  });

  it('gives the leadership timeline year and quarter ticks along its top', () => {
    const timeline = between(report, '<svg class="timeline"', '</svg>');
    assert.ok(ticks(timeline, 'year') >= 1 && ticks(timeline, 'quarter') >= 3);
    assert.ok(axisLabels(timeline).includes('2026'));
    // Year ticks are long, quarter ticks short, both from the axis line.
    assert.match(timeline, /<line class="tick year" x1="[\d.]+" y1="18" x2="[\d.]+" y2="12"><\/line>/);
    assert.match(timeline, /<line class="tick quarter" x1="[\d.]+" y1="18" x2="[\d.]+" y2="15"><\/line>/);
  });

  it('gives each dimension’s trend line a time axis too', () => {
    const scores = between(report, '<section id="scores"', '</section>');
    const spark = between(scores, '<svg class="spark inline"', '</svg>');
    assert.match(spark, /<g class="time-axis">/);
    assert.equal(scores.match(/<svg class="spark inline"[^>]*viewBox="0 0 120 42"/g)?.length, 7, 'every trend drawn has room for its axis');
  });

  it('gives both participation charts a time axis', () => {
    const participation = between(report, '<section id="participation"', '</section>');
    assert.equal(participation.match(/<g class="time-axis">/g)?.length, 2);
  });

  it('hides the quarters’ names, not the years, when the panel is narrow', () => {
    assert.match(report, /@media \(max-width: 480px\) \{ svg \.tick-label\.quarter \{ display: none; \} \}/);
  });

  it('writes every date in the locale passed in, and the UK way without one', () => {
    const us = renderHealthMain(data, 'panel', 'en-US');
    const de = renderHealthMain(data, 'panel', 'de');
    const plain = renderHealthMain(data, 'panel');
    assert.match(plain, /Health as of <time datetime="2026-11-27">27 Nov 2026<\/time>/);
    assert.match(us, /Health as of <time datetime="2026-11-27">Nov 27, 2026<\/time>/);
    assert.match(de, /Health as of <time datetime="2026-11-27">27\. Nov\. 2026<\/time>/);
    // The core's own sentences (evidence, signals) follow, whether it wrote ISO dates or UK ones.
    assert.match(us, /: due Sep 30, 2026<\/li>/);
    assert.match(us, /5 points in a row rising \(Sep 30, 2025 to Sep 30, 2026\)/);
    // Tables, chart tooltips and the line under the timeline too.
    assert.match(between(us, '<section id="leadership"', '</section>'), /<td>Mar 1, 2025<\/td>/);
    assert.match(between(us, '<svg class="run-chart"', '</svg>'), /<title>Mar 31, 2025: 40<\/title>/);
    for (const html of [us, de]) {
      // No date is left in another format: neither ISO in words nor `27 Nov 2026`.
      const words = html.replace(/<[^>]*>/g, ' ');
      assert.doesNotMatch(words, /(?<![\w/.-])\d{4}-\d{2}-\d{2}(?![\w-]|\.\w)/);
      assert.doesNotMatch(words, /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    }
    // The axis names years and quarters the same in every locale.
    assert.deepEqual(axisLabels(between(de, '<svg class="run-chart"', '</svg>')), axisLabels(between(plain, '<svg class="run-chart"', '</svg>')));
  });

  it('passes the locale to every redraw, and keeps the page in English for screen readers', () => {
    const page = renderHealthPage(data, { ...PANEL, locale: 'de' });
    assert.match(page, /^<!DOCTYPE html>\n<html lang="en-GB">/, 'the words are English whatever the dates');
    assert.ok(page.includes(`<main id="health-main">${renderHealthMain(data, 'panel', 'de')}</main>`));
    assert.match(renderHealthPage(data, { mode: 'report' }), /<html lang="en-GB">/);
    // A tag the runtime does not know writes dates the UK way, and never reaches the page as markup.
    const odd = renderHealthPage(data, { ...PANEL, locale: '"><script>' });
    assert.doesNotMatch(odd, /"><script>/);
    assert.match(odd, /Health as of <time datetime="2026-11-27">27 Nov 2026<\/time>/);
  });
});
