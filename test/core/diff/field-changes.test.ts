import assert from 'node:assert/strict';
import { loadNetwork } from '../../../src/core/check';
import { fieldChanges, fieldChangeText } from '../../../src/core/diff/fields';
import type { Network } from '../../../src/core/network';
import { CHARTER_BODY, charterFields, md, PURPOSE, ROOT, workspaceWith } from '../network-builder';

async function network(changes: Readonly<Record<string, string>>): Promise<Network> {
  return (await loadNetwork(workspaceWith(changes), ROOT)).network;
}

/** The field-by-field lines `netgov diff` shows, from a base and a head that differ only in the given files. */
async function lines(base: Readonly<Record<string, string>>, head: Readonly<Record<string, string>>): Promise<string[]> {
  return fieldChanges(await network(base), await network(head)).map((change) => `${change.document}: ${fieldChangeText(change)}`);
}

const charter = (extra: readonly string[]): string => md([...charterFields(), ...extra], CHARTER_BODY);
const AREAS = ['areas:', '  - id: frailty', '    title: Frailty', '  - id: discharge', '    title: Discharge'];

describe('charter and purpose, field by field (diff/fields.ts)', () => {
  it('says nothing of the kind line: adding `kind: charter` changes no field', async () => {
    assert.deepEqual(await lines({ 'CHARTER.md': charter([]) }, { 'CHARTER.md': md(['kind: charter', ...charterFields()], CHARTER_BODY) }), []);
  });

  it('matches areas by id: one added, one retitled, one removed, each named by its id', async () => {
    const after = ['areas:', '  - id: frailty', '    title: Frailty and falls', '  - id: care-homes', '    title: Care homes'];
    assert.deepEqual(await lines({ 'CHARTER.md': charter(AREAS) }, { 'CHARTER.md': charter(after) }), [
      'charter: Area frailty: title: Frailty → Frailty and falls',
      'charter: Area care-homes: Care homes (added)',
      'charter: Area discharge: Discharge (removed)',
    ]);
  });

  it('compares a list of words word by word', async () => {
    assert.deepEqual(await lines({ 'CHARTER.md': charter(['values:', '  - Open by default', '  - Lead for a while']) }, { 'CHARTER.md': charter(['values:', '  - Open by default', '  - Every voice counts']) }), [
      'charter: Values: Every voice counts (added)',
      'charter: Values: Lead for a while (removed)',
    ]);
  });

  it('counts the entries of a list of records without ids, such as an outcome’s progress', async () => {
    const purpose = (progress: readonly string[]): string => PURPOSE.replace('    title: Faster referrals\n', `    title: Faster referrals\n    progress:\n${progress.join('\n')}\n`);
    const one = ['      - date: 2026-06-30', '        value: 120'];
    const two = [...one, '      - date: 2026-09-30', '        value: 131'];
    assert.deepEqual(await lines({ 'PURPOSE.md': purpose(one) }, { 'PURPOSE.md': purpose(two) }), ['purpose: Outcome faster-referrals: progress: 1 entry → 2 entries']);
  });
});

describe('charter fields: empty values and spacing (mutants)', () => {
  const phase = (value: string): string => md(charterFields().map((line) => (line === 'phase: ongoing' ? `phase:${value}` : line)), CHARTER_BODY);

  it('takes a field left empty as not given: filling it in adds it', async () => {
    assert.deepEqual(await lines({ 'CHARTER.md': phase('') }, { 'CHARTER.md': phase(' ongoing') }), ['charter: Phase: ongoing (added)']);
  });

  it('shows a value with its runs of spaces and line breaks as single spaces', async () => {
    assert.deepEqual(await lines({ 'CHARTER.md': phase(' "set  up"') }, { 'CHARTER.md': phase(' "set\\n\\nup, again"') }), ['charter: Phase: set up → set up, again']);
  });
});
