import assert from 'node:assert/strict';
import type { GraphNode, GraphPicture } from '../../src/core/health/panel-data';
import { escapeHtml } from '../../src/webview/render/escape';
import { GRAPH_STYLES, renderGraphSection } from '../../src/webview/render/sections/graph';

const LONG = 'Very long name '.repeat(400);
const NASTY = ['<script>alert(1)</script>', '" onload="alert(2)', 'javascript:alert(3)', '<svg onload=alert(4)>', LONG];

function node(id: string, overrides: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    label: `Name of ${id}`,
    organisation: 0,
    lead: false,
    isolate: false,
    broker: false,
    x: 0.5,
    y: 0.5,
    degree: 2,
    ties: { work: 1, meetings: 1 },
    roles: [],
    source: { file: `/net/members/${id}.md`, relative: `members/${id}.md`, line: 0 },
    ...overrides,
  };
}

/** Ten organisations (two beyond the palette), nasty names and roles, one of each kind of mark. */
const PICTURE: GraphPicture = {
  mode: 'members',
  nodes: [
    node('lead', { label: NASTY[0]!, lead: true, roles: [`lead for ${NASTY[1]!} until 2027-01-01`], x: 0.2, y: 0.3 }),
    node('broker', { label: NASTY[1]!, broker: true, organisation: 9, x: 0.5, y: 0.4, degree: 5, ties: { work: 4, meetings: 1 } }),
    node('alone', { label: NASTY[2]!, isolate: true, organisation: -1, degree: 0, ties: { work: 0, meetings: 0 }, x: 0.5, y: 0.03 }),
    node('long', { label: LONG, organisation: 3, x: 0.8, y: 0.6, source: { file: `/net/members/${NASTY[3]!}.md`, relative: 'members/x.md', line: 4 } }),
  ],
  edges: [
    { source: 'lead', target: 'broker', weight: 3, work: 1, meetings: 2 },
    { source: 'broker', target: 'long', weight: 1, work: 1, meetings: 0 },
  ],
  hiddenEdges: 0,
  story: { centre: ['broker'], edge: ['alone'], median: 1, labelled: ['broker', 'lead', 'long'], sentence: `Most ties run through ${NASTY[1]!}.` },
  organisations: [NASTY[3]!, 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'],
  summary: `4 current members ${NASTY[0]!}.`,
  definition: `Working ties: ${NASTY[2]!}.`,
};

/** Every tag closed in order: the markup a browser builds is the markup written. */
function assertBalanced(html: string): void {
  const stack: string[] = [];
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*?(\/?)>/gi)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name, `</${name!}> closes <${stack[stack.length] ?? ''}>`);
    else stack.push(name!);
  }
  assert.deepEqual(stack, []);
}

describe('webview: graph section', () => {
  for (const mode of ['panel', 'report'] as const) {
    it(`renders nasty names inert and intact (${mode})`, () => {
      const html = renderGraphSection(PICTURE, mode);
      assertBalanced(html);
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /<svg onload/i);
      // No attribute is an event handler, and nothing links anywhere.
      assert.doesNotMatch(html, /\son[a-z]+\s*=\s*["']/i);
      assert.doesNotMatch(html, /href=/);
      for (const text of NASTY) assert.ok(html.includes(escapeHtml(text)), `${text.slice(0, 30)} kept, escaped`);
    });
  }

  it('states what a tie is in one line, escaped, even with no one to draw', () => {
    const line = `<p class="how-to-read tie-definition">${escapeHtml(`Working ties: ${NASTY[2]!}.`)}</p>`;
    assert.equal(renderGraphSection(PICTURE, 'panel').split(line).length, 2);
    assert.ok(renderGraphSection({ ...PICTURE, nodes: [], edges: [] }, 'report').includes(line));
  });

  it('names the members the story labels, the centre in bold, and tells the story under the drawing', () => {
    const labels = (picture: GraphPicture): string[] => [...renderGraphSection(picture, 'report').matchAll(/<text class="graph-label( centre)?"[^>]*>([^<]*)<\/text>/g)].map((m) => `${m[1] ? '*' : ''}${m[2]!}`);
    assert.deepEqual(labels(PICTURE), [`*${escapeHtml(NASTY[1]!)}`, escapeHtml(NASTY[0]!), 'Very long name Very long na…']);
    assert.deepEqual(labels({ ...PICTURE, story: { ...PICTURE.story, centre: [], labelled: [] } }), []);
    const html = renderGraphSection(PICTURE, 'panel');
    assert.equal(html.split(`<p class="graph-story">${escapeHtml(`Most ties run through ${NASTY[1]!}.`)}</p>`).length, 2);
  });

  it('offers a strength filter in the panel only, whose classes hide the weaker ties', () => {
    const panel = renderGraphSection(PICTURE, 'panel');
    assert.match(panel, /<select id="graph-strength"><option value="1" selected>all ties<\/option><option value="2">2 or more shared occasions<\/option><option value="3">3 or more shared occasions<\/option><\/select>/);
    assert.doesNotMatch(renderGraphSection(PICTURE, 'report'), /graph-strength/);
    assert.ok(GRAPH_STYLES.includes('#graph .graph-svg.min-2 .graph-edge.w1, #graph .graph-svg.min-3 .graph-edge.w1, #graph .graph-svg.min-3 .graph-edge.w2 { display: none; }'));
  });

  it('toggles between shared work and meetings in the panel: each kind its own lines, by its own strength, the report all ties only', () => {
    const panel = renderGraphSection(PICTURE, 'panel');
    assert.match(panel, /<label for="graph-kind">Ties from<\/label><select id="graph-kind"><option value="all" selected>shared work and meetings<\/option><option value="work">shared work \(actions\)<\/option><option value="meetings">meetings<\/option><\/select>/);
    const groups = Object.fromEntries([...panel.matchAll(/<g class="graph-edges ties-(\w+)" aria-hidden="true">(.*?)<\/g>/g)].map((m) => [m[1]!, m[2]!]));
    assert.deepEqual(Object.keys(groups), ['all', 'work', 'meetings']);
    // All ties: weights 3 and 1. Shared work: 1 and 1, both the strongest of their kind. Meetings: only lead-broker, 2.
    assert.equal(groups['all'], '<path class="graph-edge w1" fill="none" stroke-width="2" d="M500 400L800 600"></path><path class="graph-edge w3" fill="none" stroke-width="3" d="M200 300L500 400"></path>');
    assert.equal(groups['work'], '<path class="graph-edge w1" fill="none" stroke-width="3" d="M200 300L500 400M500 400L800 600"></path>');
    assert.equal(groups['meetings'], '<path class="graph-edge w2" fill="none" stroke-width="3" d="M200 300L500 400"></path>');
    // Only the chosen group shows: the client sets show-work or show-meetings on the drawing.
    assert.ok(GRAPH_STYLES.includes('#graph .graph-edges.ties-work, #graph .graph-edges.ties-meetings, #graph .graph-svg.show-work .graph-edges.ties-all, #graph .graph-svg.show-meetings .graph-edges.ties-all { display: none; }'));
    assert.ok(GRAPH_STYLES.includes('#graph .graph-svg.show-work .graph-edges.ties-work, #graph .graph-svg.show-meetings .graph-edges.ties-meetings { display: inline; }'));
    // Fewer lines once filtered, so each is drawn darker.
    assert.ok(GRAPH_STYLES.includes('#graph .graph-svg:is(.show-work, .show-meetings, .min-2, .min-3) .graph-edge { stroke-opacity: 0.6; }'));
    const report = renderGraphSection(PICTURE, 'report');
    assert.doesNotMatch(report, /graph-kind|ties-work|ties-meetings/);
    assert.equal((report.match(/<g class="graph-edges ties-all"/g) ?? []).length, 1);
  });

  it('gives every node a tooltip with its name, organisation, marks and roles', () => {
    const html = renderGraphSection(PICTURE, 'report');
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    assert.equal(titles.length, 4);
    assert.equal(titles[0], escapeHtml(`${NASTY[0]!} (${NASTY[3]!})\n2 ties\nlead for ${NASTY[1]!} until 2027-01-01`));
    assert.equal(titles[1], escapeHtml(`${NASTY[1]!} (J)\n5 ties, single broker: the only link between parts of the network`));
    assert.equal(titles[2], escapeHtml(`${NASTY[2]!} (no organisation stated)\n0 ties, no tie to anyone`));
  });

  it('marks leads with a ring, brokers with a diamond, isolates hollow, and colours beyond the palette grey', () => {
    const html = renderGraphSection(PICTURE, 'report');
    assert.match(html, /<g class="graph-node org-0 lead"><title>[^<]*<\/title><circle class="lead-ring"/);
    assert.match(html, /<g class="graph-node org-other broker"><title>[^<]*<\/title><path class="mark"/);
    assert.match(html, /<g class="graph-node org-other isolate"><title>/);
    assert.match(html, /<g class="graph-node org-3"><title>/);
    // Weights 3 and 1 of 3: the thickest of four widths, and the third (the square root of a third is 0.58).
    assert.match(html, /<path class="graph-edge w1" fill="none" stroke-width="2" d="M500 400L800 600"><\/path><path class="graph-edge w3" fill="none" stroke-width="3" d="M200 300L500 400"><\/path>/);
  });

  it('has a legend in words: the first eight organisations, the rest grey, and each symbol', () => {
    const html = renderGraphSection(PICTURE, 'report');
    assert.match(html, /<ul class="legend graph-legend" aria-label="Organisation colours">/);
    assert.ok(html.includes(`${escapeHtml(NASTY[3]!)}</li>`));
    assert.match(html, /H<\/li>/);
    assert.doesNotMatch(html, />I<\/li>/);
    assert.match(html, /2 other organisations, or no organisation stated<\/li>/);
    for (const words of ['Thick ring: holds a lead', 'Hollow circle: no tie to anyone', 'Diamond: single broker', 'Circle size: number of ties']) assert.ok(html.includes(words), words);
  });

  it('is an image with its words in the report, and gives the same data as a table, most ties first', () => {
    const html = renderGraphSection(PICTURE, 'report');
    assert.match(html, /<svg class="graph-svg" viewBox="[^"]+" role="img" aria-label="4 current members &lt;script&gt;/);
    assert.doesNotMatch(html, /visually-hidden/);
    assert.match(html, /<thead><tr><th scope="col">Member<\/th><th scope="col">Organisation<\/th><th scope="col" class="number">Ties<\/th><th scope="col" class="number">Ties through shared work<\/th><th scope="col" class="number">Ties through meetings<\/th><th scope="col">Place<\/th><th scope="col">Roles and marks<\/th><\/tr><\/thead>/);
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td class="number">(\d+)<\/td><td class="number">(\d+)<\/td><td class="number">(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => m.slice(1));
    assert.deepEqual(rows.map((row) => [row[2], row[3], row[4], row[5]]), [['5', '4', '1', 'centre'], ['2', '1', '1', ''], ['2', '1', '1', ''], ['0', '0', '0', 'edge']]);
    assert.deepEqual(rows[0]!.slice(0, 2), [escapeHtml(NASTY[1]!), 'J']);
    assert.equal(rows[0]![6], 'single broker');
    assert.equal(rows[3]![1], 'no organisation stated');
  });

  it('makes member nodes keyboard buttons that open the member page in the panel only', () => {
    const panel = renderGraphSection(PICTURE, 'panel');
    const report = renderGraphSection(PICTURE, 'report');
    assert.equal((panel.match(/ tabindex="0" role="button"/g) ?? []).length, 4);
    assert.match(panel, /role="group" aria-label=/);
    assert.match(panel, /aria-label="&lt;script&gt;alert\(1\)&lt;\/script&gt; \(&lt;svg onload=alert\(4\)&gt;\)\. 2 ties\. lead for [^"]*Open the member page\." data-file="\/net\/members\/lead\.md" data-line="0"/);
    assert.ok(panel.includes(`data-file="/net/members/${escapeHtml(NASTY[3]!)}.md" data-line="4"`));
    assert.doesNotMatch(report.replace(/<div class="table-scroll"[^>]*>/, ''), /data-file|data-line|tabindex/);
  });

  it('draws organisations without links, and says when there is nothing to draw', () => {
    const organisations: GraphPicture = { ...PICTURE, mode: 'organisations', nodes: PICTURE.nodes.map((n) => { const { source: _, ...rest } = n; return rest; }) };
    const html = renderGraphSection(organisations, 'panel');
    assert.doesNotMatch(html.replace(/<div class="table-scroll"[^>]*>/, ''), /data-file|tabindex/);
    assert.match(html, /Collaboration graph by organisation/);
    assert.match(html, /<summary>Every organisation as a table<\/summary>/);
    assert.match(html, /<th scope="col">Organisation<\/th><th scope="col" class="number">Members<\/th><th scope="col" class="number">Organisations tied through shared work<\/th><th scope="col" class="number">Organisations tied through meetings<\/th><th scope="col">Place<\/th>/);
    assert.match(html, /<td class="number">2<\/td><td class="number">1<\/td><td class="number">1<\/td><td><\/td><td>a member holds a lead role; lead for /);
    assert.doesNotMatch(html, /graph-story/);
    const empty = renderGraphSection({ ...PICTURE, nodes: [], edges: [], summary: 'There are no current members, so there is no collaboration graph to draw.' }, 'panel');
    assert.match(empty, /^<section id="graph"[^>]*><h2 id="graph-title">Collaboration graph<\/h2><p>There are no current members/);
  });
});
