import type { GraphEdge, GraphNode, GraphPicture } from '../../../core/health/panel-data';
import { escapeHtml, scrollableTable } from '../escape';
import { opens, plural, section, type Mode } from '../parts';
import { num } from '../svg';
import { placeLabels } from '../../../core/health/graph-labels';

/**
 * The collaboration graph as an SVG drawn from the positions the core worked
 * out (PanelData.graph): circles sized by ties, coloured by organisation, with
 * a symbol as well as a colour for every mark that means something (a ring
 * for a lead, a hollow circle for an isolate, a diamond for a single broker)
 * and a legend in words. Every node has a native tooltip (<title>) with the
 * member's name, organisation and roles; in the panel a member's node is
 * focusable and opens the member's page (the client script reads data-file
 * and data-line, as on every source link).
 */

/** Organisations given a colour of their own; the rest share "other" grey. */
export const ORGANISATION_COLOURS = 8;
const SIZE = 1000;
/** Room round the [0, 1] square for the largest circle and its lead ring. */
const MARGIN = 24;
/** The largest circle, however few nodes there are; crowded graphs get smaller circles (see `radii`). */
const MAX_RADIUS = 16;
/** Isolates are drawn at one size, large enough to find on their ring. */
const ISOLATE_RADIUS = 7;
/** Line thickness by a tie's strength (the square root of its share of the strongest), weakest first. */
const EDGE_WIDTHS = [0.6, 1.2, 2, 3];

/**
 * The organisations' colours: eight of their own, then the grey every other organisation shares. Fixed rather than
 * the theme's chart colours, which may be translucent or pale (Light Modern's orange is a third opaque): each stands
 * 3:1 from the backgrounds of the themes it serves (test/webview/graph-contrast.test.ts; the UI test measures the
 * real editor). Light for light themes and the report; dark for dark and high-contrast themes, and the report when
 * the reader's system is dark.
 */
export const GRAPH_PALETTES = {
  light: ['#1a5fb4', '#b85c00', '#1a7f37', '#7b3fb0', '#9a6700', '#c4314b', '#16808f', '#b8408f', '#767676'],
  dark: ['#75beff', '#f0a35e', '#73c991', '#c397e6', '#e2c08d', '#f48771', '#4fc1d0', '#e27ac0', '#9a9a9a'],
} as const;

function paletteStyles(): string {
  const variables = (colours: readonly string[]): string => colours.map((colour, i) => `--graph-${i < ORGANISATION_COLOURS ? `org-${i}` : 'org-other'}: ${colour};`).join(' ');
  const classes = [...Array.from({ length: ORGANISATION_COLOURS }, (_, i) => `org-${i}`), 'org-other'];
  return [
    `#graph { ${variables(GRAPH_PALETTES.light)} }`,
    `body.vscode-dark #graph, body.vscode-high-contrast:not(.vscode-high-contrast-light) #graph { ${variables(GRAPH_PALETTES.dark)} }`,
    ...classes.map((name) => `#graph .${name} { --org: var(--graph-${name}); }`),
  ].join('\n');
}

/** The report's own: the dark palette when the reader's system is dark (the panel follows VS Code's theme instead). */
export const GRAPH_REPORT_STYLES = `@media (prefers-color-scheme: dark) { #graph { ${GRAPH_PALETTES.dark.map((colour, i) => `--graph-${i < ORGANISATION_COLOURS ? `org-${i}` : 'org-other'}: ${colour};`).join(' ')} } }\n`;

/** Rules for the page's stylesheet: colours from the theme (with a fallback for the exported report), the organisations' from GRAPH_PALETTES. */
export const GRAPH_STYLES = `
#graph .graph-svg { width: 100%; max-width: 48rem; margin: 0.5rem 0; }
#graph .graph-edge { fill: none; stroke: var(--vscode-charts-lines, #8a8a8a); stroke-opacity: 0.35; }
#graph .graph-node .mark { stroke: var(--vscode-editor-background, #fff); stroke-width: 1; }
#graph .graph-node.isolate .mark { fill: var(--vscode-editor-background, #fff); stroke: var(--org); stroke-width: 2.5; }
#graph .graph-node .mark { fill: var(--org); }
#graph .graph-node .lead-ring { fill: none; stroke: var(--vscode-foreground, #1f1f1f); stroke-width: 3; }
#graph .graph-node[tabindex] { cursor: pointer; }
#graph .graph-node:focus-visible .mark, #graph .graph-node:hover .mark { stroke: var(--vscode-focusBorder, #005fb8); stroke-width: 3; }
#graph .graph-story { font-weight: 600; }
#graph .graph-svg.min-2 .graph-edge.w1, #graph .graph-svg.min-3 .graph-edge.w1, #graph .graph-svg.min-3 .graph-edge.w2 { display: none; }
#graph .graph-edges.ties-work, #graph .graph-edges.ties-meetings, #graph .graph-svg.show-work .graph-edges.ties-all, #graph .graph-svg.show-meetings .graph-edges.ties-all { display: none; }
#graph .graph-svg.show-work .graph-edges.ties-work, #graph .graph-svg.show-meetings .graph-edges.ties-meetings { display: inline; }
#graph .graph-svg:is(.show-work, .show-meetings, .min-2, .min-3) .graph-edge { stroke-opacity: 0.6; }
#graph .graph-filters { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; }
#graph .graph-label.centre { font-weight: 700; }
#graph .graph-label { font-size: 26px; fill: var(--vscode-foreground, #1f1f1f); paint-order: stroke; stroke: var(--vscode-editor-background, #fff); stroke-width: 4px; }
#graph .graph-legend .mark { fill: var(--org); stroke: var(--vscode-foreground, #1f1f1f); stroke-width: 0.5; }
#graph .graph-legend .isolate .mark { fill: none; stroke: var(--vscode-foreground, #1f1f1f); stroke-width: 1.5; }
#graph .graph-legend .lead-ring { fill: none; stroke: var(--vscode-foreground, #1f1f1f); stroke-width: 2; }
${paletteStyles()}
@media (forced-colors: active) {
  #graph .graph-node .mark, #graph .graph-legend .mark { fill: CanvasText; }
  #graph .graph-node.isolate .mark { fill: Canvas; stroke: CanvasText; }
  #graph .graph-label { fill: CanvasText; stroke: Canvas; }
}
`;

export function renderGraphSection(graph: GraphPicture, mode: Mode): string {
  const definition = `<p class="how-to-read tie-definition">${escapeHtml(graph.definition)}</p>`;
  if (graph.nodes.length === 0) return section('graph', 'Collaboration graph', `<p>${escapeHtml(graph.summary)}</p>${definition}`);
  const members = graph.mode === 'members';
  const body = [
    `<p class="how-to-read">${escapeHtml(graph.summary)}</p>`,
    definition,
    ...(mode === 'panel' && graph.edges.length > 0 ? [filters()] : []),
    drawing(graph, mode),
    ...(members && graph.story.sentence ? [`<p class="graph-story">${escapeHtml(graph.story.sentence)}</p>`] : []),
    legend(graph),
    table(graph),
  ];
  return section('graph', members ? 'Collaboration graph' : 'Collaboration graph by organisation', body.join(''));
}

/** Which ties a group of lines draws: all, or those of one kind alone (the panel's "Ties from" select shows one group). */
type Kind = 'all' | 'work' | 'meetings';

function drawing(graph: GraphPicture, mode: Mode): string {
  const at = (value: number): string => num(value * SIZE);
  // The report has no script to switch, so it draws all ties only; the panel draws each kind as well, hidden until chosen.
  const kinds: readonly Kind[] = mode === 'panel' ? ['all', 'work', 'meetings'] : ['all'];
  const edges = kinds.map((kind) => edgeGroup(graph, kind, at)).join('');
  const maxDegree = Math.max(1, ...graph.nodes.map((node) => node.degree));
  const { min, max } = radii(graph.nodes.length);
  const radiusOf = (node: GraphNode): number => (node.isolate ? ISOLATE_RADIUS : min + (max - min) * Math.sqrt(node.degree / maxDegree));
  const nodes = graph.nodes.map((node) => drawNode(graph, node, radiusOf(node), mode));
  const label = members(graph) ? labelsOf(graph, radiusOf).join('') : '';
  // In the panel the nodes are buttons, and an image's content is hidden from assistive technology, so the drawing is a labelled group there.
  const role = mode === 'panel' ? 'group' : 'img';
  const box = `${-MARGIN} ${-MARGIN} ${SIZE + 2 * MARGIN} ${SIZE + 2 * MARGIN}`;
  return `<svg class="graph-svg" viewBox="${box}" role="${role}" aria-label="${escapeHtml(graph.summary)}" focusable="false">${edges}<g class="graph-nodes">${nodes.join('')}</g>${label}</svg>`;
}

/** A tie's strength among the ties of a kind: 0 when the two have no tie of that kind. */
function strengthOf(edge: GraphEdge, kind: Kind): number {
  return kind === 'all' ? edge.weight : kind === 'work' ? edge.work : edge.meetings;
}

/**
 * The lines of one kind of tie. One path per line thickness and strength class rather than a <line> per tie: 3,000
 * ties stay under 100 KB of markup. The class (w1, w2, w3: one, two, three or more shared occasions) is what the
 * strength filter hides; thickness is the strength among the ties of the same kind.
 */
function edgeGroup(graph: GraphPicture, kind: Kind, at: (value: number) => string): string {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const maxWeight = Math.max(1, ...graph.edges.map((edge) => strengthOf(edge, kind)));
  const strokes = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const weight = strengthOf(edge, kind);
    const a = graph.nodes[index.get(edge.source) ?? -1];
    const b = graph.nodes[index.get(edge.target) ?? -1];
    if (!a || !b || weight <= 0) continue;
    const level = Math.min(EDGE_WIDTHS.length - 1, Math.floor(Math.sqrt(weight / maxWeight) * EDGE_WIDTHS.length));
    const key = `${level} ${strengthClass(weight)}`;
    strokes.set(key, [...(strokes.get(key) ?? []), `M${at(a.x)} ${at(a.y)}L${at(b.x)} ${at(b.y)}`]);
  }
  const paths = [...strokes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, segments]) => {
    const [level, strength] = key.split(' ') as [string, string];
    return `<path class="graph-edge ${strength}" fill="none" stroke-width="${EDGE_WIDTHS[Number(level)]!}" d="${segments.join('')}"></path>`;
  });
  return `<g class="graph-edges ties-${kind}" aria-hidden="true">${paths.join('')}</g>`;
}

/** w1, w2 or w3: a tie of one, two, or three or more shared occasions. */
function strengthClass(weight: number): string {
  return `w${Math.max(1, Math.min(3, Math.floor(weight)))}`;
}

/**
 * The filters (panel only: the client script sets show-work or show-meetings, and min-2 or min-3, on the drawing):
 * which kind of tie, and how strong. Circles keep their places and sizes, which all ties decide.
 */
function filters(): string {
  const kind = '<div class="picker graph-filter"><label for="graph-kind">Ties from</label><select id="graph-kind"><option value="all" selected>shared work and meetings</option><option value="work">shared work (actions)</option><option value="meetings">meetings</option></select></div>';
  const strength = '<div class="picker graph-filter"><label for="graph-strength">Ties shown</label><select id="graph-strength"><option value="1" selected>all ties</option><option value="2">2 or more shared occasions</option><option value="3">3 or more shared occasions</option></select></div>';
  return `<div class="graph-filters">${kind}${strength}</div><p class="how-to-read">The filters change the lines only: circles keep their places and sizes, from all ties.</p>`;
}

function members(graph: GraphPicture): boolean {
  return graph.mode === 'members';
}

/** Font size of the names on the drawing, in its units (it is drawn about half size in the panel). */
const LABEL_SIZE = 26;

/** Labels longer than this are cut, with an ellipsis (the tooltip and the table give the whole name). */
const LABEL_CHARS = 28;

function shortName(name: string): string {
  return name.length <= LABEL_CHARS ? name : `${name.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/** Names for the centre, the leads and the most connected members, placed so that none overlaps another. */
function labelsOf(graph: GraphPicture, radiusOf: (node: GraphNode) => number): string[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const centre = new Set(graph.story.centre);
  const requests = graph.story.labelled.flatMap((id) => {
    const node = byId.get(id);
    return node ? [{ id, text: shortName(node.label), x: node.x * SIZE, y: node.y * SIZE, radius: radiusOf(node) + (node.lead ? 4 : 0), bold: centre.has(id) }] : [];
  });
  // Names keep clear of other members' circles where they can, so that no one is hidden under a name.
  const obstacles = graph.nodes.map((node) => ({ x: node.x * SIZE, y: node.y * SIZE, radius: radiusOf(node) + (node.lead ? 4 : 0) }));
  const placed = placeLabels(requests, { fontSize: LABEL_SIZE, bounds: { left: -MARGIN, top: -MARGIN, right: SIZE + MARGIN, bottom: SIZE + MARGIN }, obstacles });
  return placed.map((label) => `<text class="graph-label${centre.has(label.id) ? ' centre' : ''}" x="${num(label.x)}" y="${num(label.y)}" text-anchor="${label.anchor}" aria-hidden="true">${escapeHtml(label.text)}</text>`);
}

/**
 * Circle sizes for `n` nodes: the largest about a third of the spacing the nodes would have if spread evenly over the
 * drawing's disc (radius 0.43 of its width), so that 1,000 members overlap little; the smallest a third of the largest.
 */
function radii(n: number): { min: number; max: number } {
  const spacing = Math.sqrt((Math.PI * (0.43 * SIZE) ** 2) / Math.max(1, n));
  const max = Math.min(MAX_RADIUS, Math.max(6, spacing * 0.35));
  return { min: Math.max(2.5, max / 3), max };
}

function drawNode(graph: GraphPicture, node: GraphNode, radius: number, mode: Mode): string {
  const x = node.x * SIZE;
  const y = node.y * SIZE;
  const mark = node.broker
    ? `<path class="mark" d="M${num(x)} ${num(y - radius * 1.3)}L${num(x + radius * 1.3)} ${num(y)}L${num(x)} ${num(y + radius * 1.3)}L${num(x - radius * 1.3)} ${num(y)}Z"></path>`
    : `<circle class="mark" cx="${num(x)}" cy="${num(y)}" r="${num(radius)}"></circle>`;
  const ring = node.lead ? `<circle class="lead-ring" cx="${num(x)}" cy="${num(y)}" r="${num(radius * (node.broker ? 1.3 : 1) + 4)}"></circle>` : '';
  const classes = ['graph-node', colourClass(node.organisation), ...(node.lead ? ['lead'] : []), ...(node.isolate ? ['isolate'] : []), ...(node.broker ? ['broker'] : [])].join(' ');
  const words = describe(graph, node);
  // Only a member's node opens anything (their page, unless anonymised); an organisation's node has its words in the tooltip and the lists below.
  const interactive = mode === 'panel' && node.source && opens(node.source)
    ? ` tabindex="0" role="button" aria-label="${escapeHtml(`${words.join('. ')}. Open the member page.`)}" data-file="${escapeHtml(node.source.file)}" data-line="${node.source.line}"`
    : '';
  return `<g class="${classes}"${interactive}><title>${escapeHtml(words.join('\n'))}</title>${ring}${mark}</g>`;
}

/** A node in words: name, organisation, what its marks mean, then its roles. */
function describe(graph: GraphPicture, node: GraphNode): string[] {
  const members = graph.mode === 'members';
  const organisation = graph.organisations[node.organisation];
  const marks = [
    members ? plural(node.degree, 'tie') : plural(node.degree, 'member'),
    ...(node.isolate ? [members ? 'no tie to anyone' : 'no tie to another organisation'] : []),
    ...(node.broker && members ? ['single broker: the only link between parts of the network'] : []),
  ];
  return [members ? `${node.label} (${organisation ?? 'no organisation stated'})` : node.label, marks.join(', '), ...node.roles];
}

function colourClass(organisation: number): string {
  return organisation >= 0 && organisation < ORGANISATION_COLOURS ? `org-${organisation}` : 'org-other';
}

/** A symbol in the legend: the same marks as the drawing, at a small size. */
function symbol(content: string, className: string): string {
  return `<svg class="inline ${className}" viewBox="-10 -10 20 20" width="18" height="18" aria-hidden="true" focusable="false">${content}</svg>`;
}

const DOT = '<circle class="mark" cx="0" cy="0" r="5"></circle>';

function legend(graph: GraphPicture): string {
  const members = graph.mode === 'members';
  const named = graph.organisations.slice(0, ORGANISATION_COLOURS).map((name, i) => `<li>${symbol(DOT, `org-${i}`)}${escapeHtml(name)}</li>`);
  const others = graph.organisations.length > ORGANISATION_COLOURS ? plural(graph.organisations.length - ORGANISATION_COLOURS, 'other organisation') : '';
  const unstated = graph.nodes.some((node) => node.organisation === -1) ? 'no organisation stated' : '';
  const grey = [others, unstated].filter(Boolean).join(', or ');
  const colours = [...named, ...(grey ? [`<li>${symbol(DOT, 'org-other')}${escapeHtml(grey.charAt(0).toUpperCase() + grey.slice(1))}</li>`] : [])];
  const symbols = [
    `<li>${symbol('<circle class="mark" cx="0" cy="0" r="3"></circle><circle class="lead-ring" cx="0" cy="0" r="7"></circle>', 'org-other')}Thick ring: ${members ? 'holds a lead, co-chair or coordinator role' : 'has a member holding a lead role'}</li>`,
    `<li>${symbol('<circle class="mark" cx="0" cy="0" r="5"></circle>', 'isolate')}Hollow circle: ${members ? 'no tie to anyone' : 'no tie to another organisation'}</li>`,
    `<li>${symbol('<path class="mark" d="M0 -7L7 0L0 7L-7 0Z"></path>', 'org-other')}Diamond: ${members ? 'single broker, the only link between parts of the network' : 'has a member who is a single broker'}</li>`,
    `<li>Circle size: ${members ? 'number of ties' : 'number of members'}; line thickness: ${members ? 'actions and small meetings shared' : 'ties between their members'}, among the ties shown</li>`,
  ];
  return `<h3>Key</h3><ul class="legend graph-legend" aria-label="Organisation colours">${colours.join('')}</ul><ul class="legend graph-legend" aria-label="Symbols">${symbols.join('')}</ul>`;
}

/**
 * The same data as the drawing, as a table anyone can open and a screen reader
 * can walk: every node, most ties first, with its organisation, ties, place in
 * the network (centre, edge) and marks.
 */
function table(graph: GraphPicture): string {
  const members = graph.mode === 'members';
  const centre = new Set(graph.story.centre);
  const edge = new Set(graph.story.edge);
  const rows = [...graph.nodes]
    .sort((a, b) => b.degree - a.degree || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .map((node) => {
      const place = members ? (centre.has(node.id) ? 'centre' : edge.has(node.id) ? 'edge' : '') : node.isolate ? 'no tie to another organisation' : '';
      const marks = [...(node.lead ? [members ? 'lead role' : 'a member holds a lead role'] : []), ...(node.broker ? [members ? 'single broker' : 'has a single broker'] : []), ...node.roles];
      const cells = [
        `<th scope="row">${escapeHtml(node.label)}</th>`,
        ...(members ? [`<td>${escapeHtml(graph.organisations[node.organisation] ?? 'no organisation stated')}</td>`] : []),
        `<td class="number">${node.degree.toLocaleString('en-GB')}</td>`,
        `<td class="number">${node.ties.work.toLocaleString('en-GB')}</td>`,
        `<td class="number">${node.ties.meetings.toLocaleString('en-GB')}</td>`,
        `<td>${escapeHtml(place)}</td>`,
        `<td>${escapeHtml(marks.join('; '))}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    });
  const tied = members ? 'Ties' : 'Organisations tied';
  const head = [members ? 'Member' : 'Organisation', ...(members ? ['Organisation'] : []), members ? 'Ties' : 'Members', `${tied} through shared work`, `${tied} through meetings`, 'Place', 'Roles and marks'];
  const numbers = members ? [2, 3, 4] : [1, 2, 3];
  const title = members ? 'Every member as a table' : 'Every organisation as a table';
  return `<details class="graph-table"><summary>${title}</summary>${scrollableTable(title, `<table><thead><tr>${head.map((cell, i) => `<th scope="col"${numbers.includes(i) ? ' class="number"' : ''}>${cell}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`)}</details>`;
}
