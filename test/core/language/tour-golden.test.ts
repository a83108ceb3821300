// A tour of the editor's help over real documents: at the start of every word in the frontmatter of
// one document of each kind in the example network, and of every document of the references
// fixture, what hover shows, where go-to-definition leads, how many references are found and which
// completions are offered where a value starts, compared with committed golden files. The language
// tests assert the cases one by one; this pins what a person meets reading whole documents (each
// field's hover card, each id's card, dates, roles, outcomes, areas). A deliberate change is
// accepted with `npm run update-goldens` and reviewed in the diff.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { loadNetwork } from '../../../src/core/check';
import type { Range } from '../../../src/core/diagnostic';
import { completionsAt, definitionAt, hoverAt, referencesAt } from '../../../src/core/language';
import type { Network } from '../../../src/core/network';
import { assertGolden } from '../../helpers/goldens';
import { workspaceFromFolder } from '../../helpers/memory-workspace';
import { fromRoot } from '../../helpers/paths';

const ROOT = '/tour';
const TODAY = '2026-11-27';

const rangeText = (range: Range): string => `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
const oneLine = (text: string): string => JSON.stringify(text);

/** Each word's start in the frontmatter: a line and column, and whether a value starts there (after `: ` or `- `). */
function wordStarts(text: string): { line: number; character: number; valueStart: boolean }[] {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  const starts: { line: number; character: number; valueStart: boolean }[] = [];
  for (let line = 1; line < close; line++) {
    for (const match of lines[line]!.matchAll(/[^\s:,[\]{}'"#-][^\s:,[\]{}'"#]*/g)) {
      const before = lines[line]!.slice(0, match.index);
      starts.push({ line, character: match.index, valueStart: /(?::|^\s*-)\s+$/.test(before) });
    }
  }
  return starts;
}

/**
 * What the editor offers at each word of one document, one line per word (the later words of a
 * scalar whose hover covers them too are left out). A hover card is written in
 * full the first time it is met and by its number after that; references as their count and the first
 * three.
 */
function tour(network: Network, file: string, cards: Map<string, number>): string {
  const document = network.get(posix.join(ROOT, file));
  if (!document) throw new Error(`${file} is not in the network`);
  const out: string[] = [`# ${file}`];
  for (const { line, character, valueStart } of wordStarts(document.text)) {
    const position = { line, character };
    const hover = hoverAt(document, network, position, TODAY);
    // The later words of a scalar of several words show what its first word showed.
    if (hover && hover.range.start.character < character && hover.range.start.line === line) continue;
    const word = /^\S*/.exec(document.text.split('\n')[line]!.slice(character))![0];
    out.push(`${line + 1}:${character + 1} ${word}`);
    if (hover) {
      const seen = cards.get(hover.contents);
      if (seen === undefined) cards.set(hover.contents, cards.size + 1);
      out.push(`  hover ${rangeText(hover.range)} #${cards.get(hover.contents)}${seen === undefined ? ` ${oneLine(hover.contents)}` : ''}`);
    }
    const definition = definitionAt(document, network, position);
    if (definition) out.push(`  definition ${rangeText(definition.originRange)} -> ${posix.relative(ROOT, definition.path)} ${rangeText(definition.targetRange)} ${rangeText(definition.targetSelectionRange)}`);
    const references = referencesAt(document, network, position, { includeDeclaration: true });
    if (references.length > 0) out.push(`  references ${references.length}: ${references.slice(0, 3).map((r) => `${posix.relative(ROOT, r.path)}:${rangeText(r.range)}`).join(' ')}`);
    if (valueStart) {
      const items = completionsAt(document, network, position, TODAY);
      if (items.length > 0) out.push(`  completion ${items.map((item) => item.label).join(', ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const TOURS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    'example.tour.golden',
    'examples/north-east-frailty-network',
    [
      'CHARTER.md',
      'PURPOSE.md',
      'members/rebecca-thornton.md',
      'actions/2024-05-02-falls-risk-screening-tool.md',
      'meetings/2026-11-19-frailty-identification-workstream.md',
      'pulses/2026-q3.md',
    ],
  ],
  [
    'references.tour.golden',
    'test/fixtures/networks/references',
    ['CHARTER.md', 'PURPOSE.md', 'actions/2026-10-01-falls-clinic.md', 'actions/2026-10-02-referral-pathway.md', 'meetings/2026-10-08-network-meeting.md', 'members/amara-okafor.md', 'members/sam-lee.md'],
  ],
];

describe('the editor\'s help over whole documents, pinned', function () {
  this.timeout(120000);

  it('finds the start of each word, and whether a value starts there', () => {
    assert.deepEqual(wordStarts('---\ntitle: Falls audit\nowners: [amara-okafor, sam-lee]\nroles:\n  - role: lead\n---\nbody'), [
      { line: 1, character: 0, valueStart: false },
      { line: 1, character: 7, valueStart: true },
      { line: 1, character: 13, valueStart: false },
      { line: 2, character: 0, valueStart: false },
      { line: 2, character: 9, valueStart: false },
      { line: 2, character: 23, valueStart: false },
      { line: 3, character: 0, valueStart: false },
      { line: 4, character: 4, valueStart: true },
      { line: 4, character: 10, valueStart: true },
    ]);
  });

  for (const [golden, folder, files] of TOURS) {
    it(`${folder}: ${files.length} documents`, async () => {
      const { network } = await loadNetwork(workspaceFromFolder(fromRoot(folder), ROOT), ROOT);
      const cards = new Map<string, number>();
      assertGolden('test/fixtures/tours', golden, files.map((file) => tour(network, file, cards)).join('\n'));
    });
  }
});
