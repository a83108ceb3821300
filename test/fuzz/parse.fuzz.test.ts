/**
 * The parser and the schema validator on random bytes and on mutated copies of
 * every fixture and example document: they never throw, every range lies in
 * the file as an editor shows it, and reading the same bytes twice gives the
 * same result. Seeds are fixed (fuzz-support.ts says how to vary them).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Range } from '../../src/core/diagnostic';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../src/core/document';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/core/model/kinds';
import { validateAgainstSchema } from '../../src/core/schema/validate';
import { assertRangesInside, editorText, mutatedDocument, params, plain, randomBytes } from './fuzz-support';

/** A range with what it is: a finding's code, or which position of a field or the body. */
interface Labelled {
  readonly code: string;
  readonly range: Range;
  readonly message: string;
}

/** Everything the core says about one file on its own, as plain data. */
function read(kind: DocumentKind, bytes: Uint8Array): { findings: readonly Labelled[]; data: unknown; text: string } {
  const { document, findings } = parseNetworkDocument(`/n/${kind}s/x.md`, kind, 'x', bytes, DEFAULT_LIMITS);
  const all: Labelled[] = [...findings, ...validateAgainstSchema(document)];
  // Positions of fields, as hovers and evidence ask for them.
  for (const path of [['name'], ['roles', 0, 'until'], ['decision', 'via'], ['attendees', 3], ['questions', 'purpose-clear', 'counts']]) {
    all.push({ code: `rangeOf:${path.join('.')}`, range: document.rangeOf(path), message: '' }, { code: `rangeOf-key:${path.join('.')}`, range: document.rangeOf(path, 'key'), message: '' });
  }
  const { headings, links } = document.body;
  for (const at of [...headings, ...links]) all.push({ code: 'body', range: document.bodyRange(at.start, at.end), message: '' });
  return { findings: all, data: plain(document.data), text: document.text };
}

function assertReadsSafely(kind: DocumentKind, bytes: Uint8Array): void {
  const first = read(kind, bytes);
  assertRangesInside(editorText(bytes), first.findings, kind);
  const second = read(kind, bytes.slice());
  assert.deepEqual(plain(second), plain(first), 'the same bytes read twice differ');
}

describe('fuzz: parsing and schema validation', function () {
  this.timeout(60_000);

  it('never throws on random bytes, keeps ranges inside and is deterministic (seed 7101, 250 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_KINDS), randomBytes, (kind, bytes) => assertReadsSafely(kind, bytes)),
      params(7101, 250),
    );
  });

  it('never throws on mutated fixture and example documents, keeps ranges inside and is deterministic (seed 7102, 200 runs)', () => {
    fc.assert(
      fc.property(mutatedDocument(), fc.boolean(), ({ seed, bytes }, ownKind) => assertReadsSafely(ownKind ? seed.kind : 'action', bytes)),
      params(7102, 200),
    );
  });
});
