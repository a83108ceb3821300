import assert from 'node:assert/strict';
import { GRAPH_PALETTES, ORGANISATION_COLOURS } from '../../src/webview/render/sections/graph';
import { healthStyles } from '../../src/webview/render/styles';

/**
 * Every mark the graph draws must stand out from the page: WCAG 2.1 asks 3:1 for graphical objects (1.4.11) and
 * 4.5:1 for text (1.4.3). The organisations' palettes are checked against the backgrounds they serve; names and
 * rings, which take the theme's foreground, against the exported report's own light and dark themes. The UI test
 * measures all of them in the real editor's light, dark and high-contrast themes.
 */

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (at: number): number => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const CSS = healthStyles('report');

/** The theme variables of the report's light theme (the first :root) and its dark one (inside the media query). */
function themes(): { light: Map<string, string>; dark: Map<string, string> } {
  const variables = (block: string): Map<string, string> => new Map([...block.matchAll(/(--vscode-[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const dark = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(CSS);
  const light = /^\s*:root \{([^}]*)\}/.exec(CSS);
  assert.ok(light && dark, 'the report defines a light and a dark theme');
  // The dark theme overrides the light one's variables; any it leaves alone keep their light value.
  return { light: variables(light[1]!), dark: new Map([...variables(light[1]!), ...variables(dark[1]!)]) };
}

/** #rgb or #rrggbb as #rrggbb. */
function hex6(colour: string): string {
  assert.match(colour, /^#([0-9a-f]{3}){1,2}$/i, `an unexpected colour: ${colour}`);
  const lower = colour.toLowerCase();
  return lower.length === 4 ? `#${[...lower.slice(1)].map((c) => c + c).join('')}` : lower;
}

/** A colour as a rule gives it: var(--name, #fallback) takes the theme's value, or the fallback when the theme has none. */
function resolve(value: string, theme: Map<string, string>): string {
  const match = /^var\((--[\w-]+)(?:,\s*(#[0-9a-f]+))?\)$/i.exec(value.trim());
  if (!match) return hex6(value.trim());
  const found = theme.get(match[1]!) ?? (match[2] === undefined ? undefined : hex6(match[2]));
  assert.ok(found, `${match[1]!} has no value in the report and no fallback`);
  return found;
}

/** The value of `property` in the graph rule whose selector is exactly `selector`. */
function declared(selector: string, property: string): string {
  const rule = CSS.split('\n').find((line) => line.startsWith(`${selector} {`));
  assert.ok(rule, `no rule for ${selector}`);
  const match = new RegExp(`(?:^|[;{])\\s*${property}:\\s*([^;]+);`).exec(rule.slice(rule.indexOf('{')));
  assert.ok(match, `${selector} sets no ${property}`);
  return match[1]!;
}

describe('webview: graph contrast in the exported report', () => {
  const { light, dark } = themes();

  it('reads both themes: light on white, dark on #1e1e1e', () => {
    assert.equal(light.get('--vscode-editor-background'), '#ffffff');
    assert.equal(dark.get('--vscode-editor-background'), '#1e1e1e');
  });

  // The backgrounds each palette serves: the report's, and VS Code's default themes' editor backgrounds.
  const BACKGROUNDS = {
    light: { report: '#ffffff', 'Light Modern': '#ffffff', 'Light+': '#ffffff', 'High Contrast Light': '#ffffff' },
    dark: { report: '#1e1e1e', 'Dark Modern': '#1f1f1f', 'Dark+': '#1e1e1e', 'High Contrast': '#000000' },
  } as const;

  for (const palette of ['light', 'dark'] as const) {
    it(`every organisation's colour and the grey for the rest stand 3:1 from the page (${palette} palette)`, () => {
      const colours = GRAPH_PALETTES[palette];
      // Eight colours of their own and the shared grey, all different.
      assert.equal(colours.length, ORGANISATION_COLOURS + 1);
      assert.equal(new Set(colours).size, colours.length);
      const low = Object.entries(BACKGROUNDS[palette]).flatMap(([where, background]) => colours.flatMap((colour) => (contrast(colour, background) < 3 ? [`${colour} on ${where} ${contrast(colour, background).toFixed(2)}:1`] : [])));
      assert.deepEqual(low, []);
    });
  }

  it('gives each organisation class its palette colour, light by default, dark in dark and high-contrast themes and a dark report', () => {
    for (let i = 0; i < ORGANISATION_COLOURS; i++) assert.equal(declared(`#graph .org-${i}`, '--org'), `var(--graph-org-${i})`);
    assert.equal(declared('#graph .org-other', '--org'), 'var(--graph-org-other)');
    const variables = (colours: readonly string[]): string => colours.map((colour, i) => `--graph-${i < ORGANISATION_COLOURS ? `org-${i}` : 'org-other'}: ${colour};`).join(' ');
    const lines = CSS.split('\n');
    assert.ok(lines.includes(`#graph { ${variables(GRAPH_PALETTES.light)} }`));
    assert.ok(lines.includes(`body.vscode-dark #graph, body.vscode-high-contrast:not(.vscode-high-contrast-light) #graph { ${variables(GRAPH_PALETTES.dark)} }`));
    // The report follows the reader's system; the panel follows VS Code's theme and never the system's.
    assert.ok(lines.includes(`@media (prefers-color-scheme: dark) { #graph { ${variables(GRAPH_PALETTES.dark)} } }`));
    assert.ok(!healthStyles('panel').includes(`{ #graph { ${variables(GRAPH_PALETTES.dark)} } }`));
  });

  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    it(`names on the drawing are 4.5:1 text, lead rings 3:1 marks (${name})`, () => {
      const background = theme.get('--vscode-editor-background')!;
      const label = contrast(resolve(declared('#graph .graph-label', 'fill'), theme), background);
      assert.ok(label >= 4.5, `graph labels ${label.toFixed(2)}:1`);
      // The halo round a name is the page's own colour, so the name reads over lines and circles too.
      assert.equal(resolve(declared('#graph .graph-label', 'stroke'), theme), background);
      const ring = contrast(resolve(declared('#graph .graph-node .lead-ring', 'stroke'), theme), background);
      assert.ok(ring >= 3, `lead rings ${ring.toFixed(2)}:1`);
    });
  }

  it('measures what it claims: a pale grey on white fails, black on white is 21:1', () => {
    assert.ok(contrast('#c8c8c8', '#ffffff') < 3);
    assert.equal(Math.round(contrast('#000000', '#ffffff') * 100) / 100, 21);
  });
});
