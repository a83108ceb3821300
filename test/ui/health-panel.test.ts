// UI test: the health panel in a real VS Code, and the exported report in a
// plain browser. Opens a copy of the example network, runs "Network: Show
// health" from the command palette and reads the webview as a person sees
// it; measures text contrast in light, dark and high contrast and takes the README's screenshots
// into test-results/ui/ (`npm run update-screenshots` copies them to docs/images/); then
// opens `netgov health --format html` pages (the example and the injection
// fixture) in a bare chromium page and checks they load nothing, run nothing
// and show the hostile text as text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { makeTempDir, removeDir } from '../harness/temp';
import { repoRoot, waitFor } from '../harness/vscode-server';
import { SCREENSHOTS, VscodeUi, oneWindow, webviewFrame } from './workbench';

const EXAMPLE = 'examples/north-east-frailty-network';
const INJECTION = 'test/fixtures/networks/injection';

/** `netgov` from the built CLI, in the repository. */
function cli(...args: string[]): string {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`netgov ${args.join(' ')} exited with ${result.status ?? result.signal}: ${result.stderr}`);
  return result.stdout;
}

describe('Health panel in VS Code (UI)', function () {
  this.timeout(300_000);
  const vscode = oneWindow('health-', async () => {
    const ui = await VscodeUi.open({ fixture: EXAMPLE });
    // netgov is active once its status bar item shows.
    await ui.statusBarItem('netgov:');
    return ui;
  });

  /** Runs Show health and returns the panel's page once its full picture (with the trend lines) is in. */
  async function showHealth(): Promise<Frame> {
    await vscode().runCommand('Network: Show health');
    const frame = await webviewFrame(vscode().page, '#health-main');
    await frame.locator('#scores svg.spark').first().waitFor({ state: 'attached', timeout: 60_000 });
    return frame;
  }

  /** Switches the colour theme through the workspace settings and waits for the webview to follow. */
  async function useTheme(theme: string, bodyClass: string): Promise<Frame> {
    const file = join(vscode().workspace, '.vscode/settings.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, `${JSON.stringify({ ...settings, 'workbench.colorTheme': theme }, null, 2)}\n`);
    const frame = await showHealth();
    await waitFor(async () => (await frame.locator('body').getAttribute('class'))?.includes(bodyClass), 60_000, `the panel did not switch to ${theme}`, 500);
    return frame;
  }

  /** Saves the editor area (the panel) to test-results/ui/NAME.png and returns the path. */
  async function panelScreenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, `${name}.png`);
    await vscode().page.locator('.part.editor').screenshot({ path: file, timeout: 30_000 });
    return file;
  }

  it('shows the overall score and the leadership dimension at risk', async () => {
    const expected = JSON.parse(cli('health', EXAMPLE, '--format', 'json')) as { networks: { score: number }[] };
    const frame = await showHealth();
    const overall = (await frame.locator('#scores .overall .big').innerText()).trim();
    assert.equal(overall, String(expected.networks[0]!.score));
    const leadership = await frame.locator('#scores tr', { hasText: 'Distributed, time-limited leadership' }).innerText();
    assert.match(leadership, /at risk/);
    await vscode().screenshot('health-01-panel');
  });

  it('names the members in the collaboration graph', async () => {
    const frame = await webviewFrame(vscode().page, '#health-main');
    const labels = await frame.locator('#graph .graph-node').evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('aria-label') ?? ''} ${node.querySelector('title')?.textContent ?? ''}`));
    assert.ok(
      labels.some((label) => label.includes('Dr Amara Okafor')),
      `no graph node names Dr Amara Okafor: ${JSON.stringify(labels.slice(0, 5))}`,
    );
  });

  it('draws a collaboration graph a lead can read: names for the leads, none overlapping or cut off, a key, and a switch between shared work and meetings', async () => {
    const frame = await webviewFrame(vscode().page, '#health-main');
    const drawing = frame.locator('#graph .graph-svg');
    await drawing.scrollIntoViewIfNeeded();
    const reading = (await frame.evaluate(GRAPH_READING)) as GraphReading;
    assert.ok(reading.leads.length >= 3, `the example's graph marks ${reading.leads.length} leads`);
    // Every lead is named on the drawing (a long name cut with an ellipsis), in a label with a size.
    const unnamed = reading.leads.filter((name) => !reading.labels.some((label) => label.width > 0 && (label.text === name || (label.text.endsWith('…') && name.startsWith(label.text.slice(0, -1))))));
    assert.deepEqual(unnamed, [], `leads without a name on the graph; its labels: ${JSON.stringify(reading.labels.map((label) => label.text))}`);
    // As the browser draws them (its own font, not the layout's estimate): no two names overlap, none runs off the drawing.
    assert.deepEqual(reading.overlapping, [], 'names overlap on the graph');
    assert.deepEqual(reading.cut, [], 'names cut off at the edge of the graph');
    assert.ok(await frame.locator('#graph .graph-label', { hasText: reading.leads[0]!.slice(0, 20) }).first().isVisible(), `${reading.leads[0]!} is not visible`);
    // The key: a colour for each organisation (up to eight, then one grey) and the four symbols.
    assert.equal(await frame.locator('#graph ul.graph-legend').count(), 2);
    assert.ok((await frame.locator('#graph ul.graph-legend[aria-label="Organisation colours"] li').count()) >= 3, 'the key names fewer than three organisations');
    assert.equal(await frame.locator('#graph ul.graph-legend[aria-label="Symbols"] li').count(), 4);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await drawing.screenshot({ path: join(SCREENSHOTS, 'health-graph.png'), timeout: 30_000 });
    // "Ties from" shows one kind of tie: only its lines are drawn, and they are not all of them.
    const shown = async (): Promise<string[]> => (await frame.evaluate(`[...document.querySelectorAll('#graph .graph-edges')].filter((g) => getComputedStyle(g).display !== 'none').map((g) => g.getAttribute('class') + ' ' + g.querySelectorAll('path').length)`)) as string[];
    const all = await shown();
    assert.equal(all.length, 1);
    assert.match(all[0]!, /^graph-edges ties-all [1-9]/);
    for (const kind of ['work', 'meetings'] as const) {
      await frame.locator('#graph-kind').selectOption(kind);
      const lines = await shown();
      assert.equal(lines.length, 1, `${kind}: ${JSON.stringify(lines)}`);
      assert.match(lines[0]!, new RegExp(`^graph-edges ties-${kind} [1-9]`));
      await drawing.screenshot({ path: join(SCREENSHOTS, `health-graph-${kind}.png`), timeout: 30_000 });
    }
    // The choice survives a redraw: another as-of day re-renders the page, and the graph still shows meetings.
    const picker = frame.locator('#as-of');
    const today = await picker.inputValue();
    const redrawnFor = async (day: string): Promise<void> => {
      await picker.fill(day);
      await waitFor(async () => (await frame.locator('.as-of-line time').getAttribute('datetime')) === day, 60_000, `the panel did not redraw for ${day}`, 200);
    };
    await redrawnFor('2026-06-30');
    assert.equal(await frame.locator('#graph-kind').inputValue(), 'meetings');
    const redrawn = await shown();
    assert.equal(redrawn.length, 1, JSON.stringify(redrawn));
    assert.match(redrawn[0]!, /^graph-edges ties-meetings \d+$/);
    await redrawnFor(today);
    await frame.locator('#graph-kind').selectOption('all');
    assert.deepEqual(await shown(), all);
  });

  it("opens a finding's evidence beside the panel, in one column, without scrolling the panel", async () => {
    const frame = await webviewFrame(vscode().page, '#health-main');
    const buttons = frame.locator('#findings button.source');
    assert.ok((await buttons.count()) >= 2, 'the findings show fewer than two pieces of evidence');
    const groups = (): Promise<number> => vscode().page.locator('.editor-group-container').count();
    const groupsBefore = await groups();
    for (const index of [0, 1]) {
      const button = buttons.nth(index);
      await button.scrollIntoViewIfNeeded();
      const scrolled = ((await frame.evaluate(SCROLL_TOP)) as number);
      const file = await button.getAttribute('data-file');
      assert.ok(file, 'an evidence button names no file');
      await button.click();
      const tab = vscode().page.locator('.tabs-container .tab', { hasText: basename(file) }).first();
      await tab.waitFor({ state: 'visible', timeout: 30_000 });
      // The page stays where the reader was (an anchor with href="#" used to send it to the top): the button
      // clicked is still in sight, and once the column beside exists, the page does not move at all.
      assert.equal(await frame.evaluate(inViewport(index)), true, `evidence ${index + 1} is out of sight after the click: the panel scrolled`);
      if (index > 0) assert.equal((await frame.evaluate(SCROLL_TOP)) as number, scrolled, `evidence ${index + 1} scrolled the panel`);
    }
    // The first click opens one column beside the panel; the second reuses it.
    assert.equal(await groups(), groupsBefore + 1, 'evidence opened more than one editor column');
    await vscode().screenshot('health-02-evidence');
  });

  it('is readable in light, dark and high contrast themes (text contrast measured; screenshots for the README)', async () => {
    await vscode().runCommand('View: Close All Editors');
    // The panel alone, wide and tall enough to show the scores and the graph.
    await vscode().runCommand('View: Close Primary Side Bar');
    await vscode().page.setViewportSize({ width: 1440, height: 1280 });
    for (const [theme, bodyClass, name] of [
      ['Default Light Modern', 'vscode-light', 'health-panel-light'],
      ['Default Dark Modern', 'vscode-dark', 'health-panel-dark'],
      ['Default High Contrast', 'vscode-high-contrast', 'health-panel-high-contrast'],
    ] as const) {
      const frame = await useTheme(theme, bodyClass);
      await frame.locator('#scores .overall .big').waitFor({ state: 'visible', timeout: 30_000 });
      // Every piece of visible text against the background it is drawn on: WCAG 2 AA asks 4.5:1
      // for body text. A theme colour the panel forgot to use shows up here as a low ratio.
      const worst = (await frame.evaluate(LOWEST_TEXT_CONTRAST)) as { ratio: number; text: string; colour: string; background: string };
      assert.ok(worst.ratio >= 4.5, `in ${theme} the text "${worst.text}" has contrast ${worst.ratio.toFixed(2)}:1 (${worst.colour} on ${worst.background}); at least 4.5:1 is needed`);
      // The graph's marks (circles, rings, the key's symbols) need 3:1 against the panel, WCAG 1.4.11; the names on it 4.5:1 as text.
      const graph = (await frame.evaluate(GRAPH_CONTRAST)) as { marks: Contrast[]; labels: Contrast[] };
      assert.ok(graph.marks.length > 0 && graph.labels.length > 0, `in ${theme} the graph has ${graph.marks.length} marks and ${graph.labels.length} names`);
      const faint = graph.marks.filter((mark) => mark.ratio < 3).map((mark) => `${mark.what}: ${mark.colour} ${mark.ratio.toFixed(2)}:1`);
      assert.deepEqual(faint, [], `in ${theme} graph marks under 3:1 against ${graph.marks[0]!.background}`);
      const pale = graph.labels.filter((label) => label.ratio < 4.5).map((label) => `${label.what}: ${label.colour} ${label.ratio.toFixed(2)}:1`);
      assert.deepEqual(pale, [], `in ${theme} graph names under 4.5:1 against ${graph.labels[0]!.background}`);
      // Saved under test-results/ui/ (never over the committed README images: `npm run update-screenshots` copies them on purpose).
      // From the top of the page, wherever an earlier test left it; then the graph's drawing (its whole section is taller
      // than the editor, and a screenshot of it would take in the workbench round the webview).
      await frame.evaluate('window.scrollTo(0, 0)');
      await waitFor(async () => ((await frame.evaluate(SCROLL_TOP)) as number) === 0, 10_000, 'the panel did not scroll to the top', 100);
      await panelScreenshot(name);
      await frame.locator('#graph .graph-svg').screenshot({ path: join(SCREENSHOTS, `${name.replace('panel', 'graph')}.png`), timeout: 30_000 });
    }
  });
  it('holds its layout at 320 px: nothing wider than the panel, no word broken mid-way in the headings', async () => {
    const page = vscode().page;
    const frame = await webviewFrame(page, '#health-main');
    const width = async (): Promise<number> => (await frame.evaluate('document.documentElement.clientWidth')) as number;
    // Narrow the window until the panel itself is 320 px wide (the workbench's bars take the rest).
    let viewport = 1440;
    for (let round = 0; round < 4 && Math.abs((await width()) - 320) > 4; round++) {
      viewport -= (await width()) - 320;
      await page.setViewportSize({ width: viewport, height: 1280 });
      await waitFor(async () => Math.abs((await width()) - 320) < Math.abs(viewport), 10_000, 'the panel did not resize', 200);
    }
    assert.ok(Math.abs((await width()) - 320) <= 4, `the panel is ${await width()} px wide, not 320`);
    const overflow = (await frame.evaluate(`(() => {
      const limit = document.documentElement.clientWidth;
      const wide = [];
      for (const element of document.querySelectorAll('#health-main *')) {
        const box = element.getBoundingClientRect();
        // Text for screen readers only is clipped to nothing on screen.
        if (box.width === 0 || element.closest('.visually-hidden')) continue;
        // Inside a container that scrolls on its own (a wide table or chart), being wider is its design.
        let scroller = element.parentElement;
        while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
        if (scroller) continue;
        if (box.right > limit + 1) wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '') + ' ' + Math.round(box.right));
      }
      // A label or heading breaks between words, never inside one: each word of it fits on a line of its own.
      const broken = [];
      for (const element of document.querySelectorAll('#health-main label, #health-main h1, #health-main h2, #health-main h3')) {
        if (element.closest('.visually-hidden')) continue;
        const words = (element.textContent || '').split(/\\s+/).filter(Boolean);
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:' + getComputedStyle(element).font;
        document.body.appendChild(probe);
        for (const word of words) {
          probe.textContent = word;
          if (probe.getBoundingClientRect().width > element.getBoundingClientRect().width + 1) broken.push(word);
        }
        probe.remove();
      }
      return { scroll: document.documentElement.scrollWidth, limit, wide: wide.slice(0, 10), broken };
    })()`)) as { scroll: number; limit: number; wide: string[]; broken: string[] };
    assert.deepEqual(overflow.broken, [], `words broken mid-way at 320 px: ${overflow.broken.join(', ')}`);
    assert.deepEqual(overflow.wide, [], `wider than the ${overflow.limit} px panel: ${overflow.wide.join(', ')}`);
    assert.ok(overflow.scroll <= overflow.limit + 1, `the panel scrolls sideways: ${overflow.scroll} px of content in ${overflow.limit}`);
    await page.locator('.part.editor').screenshot({ path: join(SCREENSHOTS, 'health-panel-320.png'), timeout: 30_000 });
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

describe('Exported health report in a plain browser (UI)', function () {
  this.timeout(300_000);
  const temp = makeTempDir('netgov-report');

  after(() => removeDir(temp));

  for (const [fixture, name, hostile] of [
    [EXAMPLE, 'example', undefined],
    [INJECTION, 'injection', '<script>alert(1)</script>'],
  ] as const) {
    it(`loads nothing, runs nothing and shows the text as text: ${name}`, async () => {
      const output = join(temp, `${name}.html`);
      cli('health', fixture, '--format', 'html', '--output', output);
      const browser = await launchBrowser(join(temp, `profile-${name}`));
      try {
        const { page } = browser;
        const requests: string[] = [];
        const dialogs: string[] = [];
        const errors: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', (error) => errors.push(error.message));
        const url = pathToFileURL(output).href;
        await page.goto(url, { waitUntil: 'load' });
        await page.locator('#scores').waitFor({ state: 'visible' });
        assert.deepEqual(requests, [url], 'the report asked for something besides itself');
        assert.deepEqual(dialogs, [], 'the report opened a dialog');
        assert.deepEqual(errors, [], 'the report logged errors');
        // Expressions as text: they run in the page, and this project has no DOM types (only the panel's script does).
        const live = (await page.evaluate(`document.querySelectorAll('script, iframe, object, embed, img, [onerror], [onload], [onclick], a[href^="javascript:" i]').length`)) as number;
        assert.equal(live, 0, 'the report holds something that could run');
        const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
        assert.ok(overflow <= 1, `the report is ${overflow}px wider than the window (a long name that does not wrap?)`);
        if (hostile) assert.ok((await page.locator('h1').innerText()).includes(hostile), `the heading does not show ${hostile} as text`);
        await page.screenshot({ path: join(SCREENSHOTS, `report-${name}.png`), timeout: 30_000 });
        await page.locator('#graph').screenshot({ path: join(SCREENSHOTS, `report-${name}-graph.png`), timeout: 30_000 });
        await page.locator('#findings').screenshot({ path: join(SCREENSHOTS, `report-${name}-findings.png`), timeout: 30_000 });
      } finally {
        await browser.close();
      }
    });
  }
});

/** What GRAPH_READING finds on the drawing. */
interface GraphReading {
  /** The names of the members with the lead mark (their tooltip's first line, without the organisation). */
  readonly leads: string[];
  readonly labels: { text: string; width: number }[];
  /** Pairs of names whose boxes overlap, as the browser laid them out. */
  readonly overlapping: string[];
  /** Names that run past the drawing's edge. */
  readonly cut: string[];
}

/** Reads the graph as drawn (run in the page): the leads, the names on the drawing, and where the names collide. */
const GRAPH_READING = `(() => {
  const svg = document.querySelector('#graph .graph-svg');
  const frame = svg.getBoundingClientRect();
  const leads = [...document.querySelectorAll('#graph .graph-node.lead title')].map((title) => title.textContent.split('\\n')[0].replace(/ \\([^()]*\\)$/, ''));
  const labels = [...document.querySelectorAll('#graph .graph-label')].map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
  const overlapping = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i].box, b = labels[j].box;
      // A pixel of slack: glyph boxes include the font's line gap.
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlapping.push(labels[i].text + ' / ' + labels[j].text);
    }
  }
  const cut = labels.filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1).map((label) => label.text);
  return { leads, labels: labels.map((label) => ({ text: label.text, width: label.box.width })), overlapping, cut };
})()`;

interface Contrast {
  readonly what: string;
  readonly colour: string;
  readonly background: string;
  readonly ratio: number;
}

/** In-page helpers both contrast measures share: a CSS rgb()/rgba() colour parsed, and WCAG 2 relative luminance. */
const COLOUR_MATHS = `
  const parse = (value) => {
    const match = /rgba?\\(([^)]+)\\)/.exec(value);
    if (!match) return undefined;
    const parts = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  };
  const channel = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
`;

/**
 * The contrast of the graph's marks and names against the panel's background (run in the page), by WCAG 2 relative
 * luminance; a colour with alpha is blended over the background first. A hollow mark is measured by its outline.
 */
const GRAPH_CONTRAST = `(() => {
  ${COLOUR_MATHS}
  let background = [255, 255, 255, 1];
  for (const element of [document.body, document.documentElement]) {
    const colour = parse(getComputedStyle(element).backgroundColor);
    if (colour && colour[3] >= 0.99) { background = colour; break; }
  }
  const ratio = (colour) => {
    const blended = [0, 1, 2].map((i) => colour[i] * colour[3] + background[i] * (1 - colour[3]));
    const [lighter, darker] = [luminance(blended), luminance(background)].sort((a, b) => b - a);
    return (lighter + 0.05) / (darker + 0.05);
  };
  const measure = (element, property, what) => {
    const value = getComputedStyle(element)[property];
    const colour = parse(value);
    return colour ? { what, colour: value, background: 'rgb(' + background.slice(0, 3).join(', ') + ')', ratio: ratio(colour) } : undefined;
  };
  const marks = [];
  const seen = new Set();
  const add = (entry) => { if (entry && !seen.has(entry.what + entry.colour)) { seen.add(entry.what + entry.colour); marks.push(entry); } };
  for (const mark of document.querySelectorAll('#graph .graph-node .mark')) {
    const node = mark.closest('.graph-node');
    const kind = [...node.classList].find((c) => c.startsWith('org-')) || 'no organisation';
    add(node.classList.contains('isolate') ? measure(mark, 'stroke', 'hollow circle ' + kind) : measure(mark, 'fill', 'circle ' + kind));
  }
  for (const ring of document.querySelectorAll('#graph .graph-node .lead-ring')) add(measure(ring, 'stroke', 'lead ring'));
  for (const mark of document.querySelectorAll('#graph .graph-legend .mark')) {
    const hollow = getComputedStyle(mark).fill === 'none';
    add(measure(mark, hollow ? 'stroke' : 'fill', 'key ' + mark.closest('svg').getAttribute('class')));
  }
  const labels = [];
  for (const label of document.querySelectorAll('#graph .graph-label')) {
    const entry = measure(label, 'fill', 'name ' + label.textContent);
    if (entry && !labels.some((other) => other.colour === entry.colour)) labels.push(entry);
  }
  return { marks, labels };
})()`;

/**
 * Runs in the webview (as source text: the tests have no DOM types): the visible text with the
 * lowest contrast against the first opaque background behind it, by WCAG 2 relative luminance.
 */
/** How far the page inside the webview is scrolled (run in the page, hence a string). */
const SCROLL_TOP = '(document.scrollingElement ? document.scrollingElement.scrollTop : 0)';

/** Whether the index-th evidence button lies within the webview's viewport (run in the page). */
function inViewport(index: number): string {
  return `(() => { const b = document.querySelectorAll('#findings button.source')[${index}]; if (!b) return false; const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()`;
}

const LOWEST_TEXT_CONTRAST = `(() => {
  ${COLOUR_MATHS}
  const backgroundOf = (element) => {
    for (let at = element; at; at = at.parentElement) {
      const colour = parse(getComputedStyle(at).backgroundColor);
      if (colour && colour[3] >= 0.99) return colour;
    }
    return [255, 255, 255, 1];
  };
  let worst = { ratio: Infinity, text: '', colour: '', background: '' };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent || '').trim();
    const element = node.parentElement;
    if (!text || !element || element.closest('svg, script, style, [hidden], [aria-hidden="true"], .sr-only, option')) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0) continue;
    const colour = parse(style.color);
    if (!colour || colour[3] < 0.5) continue;
    const background = backgroundOf(element);
    const [lighter, darker] = [luminance(colour), luminance(background)].sort((a, b) => b - a);
    const ratio = (lighter + 0.05) / (darker + 0.05);
    if (ratio < worst.ratio) worst = { ratio, text: text.slice(0, 60), colour: style.color, background: 'rgb(' + background.slice(0, 3).join(', ') + ')' };
  }
  return worst;
})()`;
