import assert from 'node:assert/strict';
import { loadNetwork } from '../../../src/core/check';
import { fieldChanges, fieldChangeText, shiftsPower } from '../../../src/core/diff/fields';
import type { Network } from '../../../src/core/network';
import { CHARTER_BODY, charterFields, md, PURPOSE, ROOT, workspaceWith } from '../network-builder';

async function network(changes: Readonly<Record<string, string | null>>): Promise<Network> {
  return (await loadNetwork(workspaceWith(changes), ROOT)).network;
}

/** Each change as a reviewer reads it, with where it sits and whether it moves power: `charter decisions.rule [power]: Decision rule: consent → vote`. */
async function changes(base: Readonly<Record<string, string | null>>, head: Readonly<Record<string, string | null>>): Promise<string[]> {
  return fieldChanges(await network(base), await network(head)).map(
    (change) => `${change.document} ${change.path.join('.')}${change.shiftsPower ? ' [power]' : ''}: ${fieldChangeText(change)}`,
  );
}

const charter = (extra: readonly string[] = []): string => md([...charterFields(), ...extra], CHARTER_BODY);
/** The charter with one of its frontmatter lines replaced by others (none: removed). */
const charterWith = (line: string, replacement: readonly string[]): string => md(
  charterFields().flatMap((l) => (l === line ? replacement : [l])),
  CHARTER_BODY,
);
const AREAS = ['areas:', '  - id: frailty', '    title: Frailty', '  - id: discharge', '    title: Discharge'];
const VALUES = ['values:', '  - Open by default', '  - Lead for a while'];
/** The purpose with the given number of progress points on its first outcome. */
const withProgress = (points: number): string => {
  const lines = Array.from({ length: points }, (_, i) => [`      - date: 2026-0${i + 1}-30`, `        value: ${100 + i}`]).flat();
  return PURPOSE.replace('    title: Faster referrals\n', `    title: Faster referrals\n    progress:\n${lines.join('\n')}\n`);
};

describe('field changes that move power (diff/fields.ts)', () => {
  it('marks a new governance model and a shorter lead term as shifting power', async () => {
    const head = md(charterFields({ termMonths: 12 }).map((l) => (l === '  model: shared' ? '  model: lead' : l)), CHARTER_BODY);
    assert.deepEqual(await changes({ 'CHARTER.md': charter() }, { 'CHARTER.md': head }), [
      'charter governance.model [power]: Governance model: shared → lead',
      'charter leadership.term_months [power]: Longest lead term: 24 months → 12 months',
    ]);
  });

  it('marks an entry added to a decision rule written as a list as shifting power, whatever its place in the list', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charterWith('  rule: consent', ['  rule: [consent]']) }, { 'CHARTER.md': charterWith('  rule: consent', ['  rule: [consent, vote]']) }), [
      'charter decisions.rule.1 [power]: Decision rule: vote (added)',
    ]);
  });

  it('shows a decision rule turned into a mapping as one change, old value and new, still marked as shifting power', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter() }, { 'CHARTER.md': charterWith('  rule: consent', ['  rule:', '    name: vote']) }), [
      'charter decisions.rule [power]: Decision rule: consent → {"name":"vote"}',
    ]);
  });

  it('shows a decision rule turned from a list into a single value with both, not only the list entry that went', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charterWith('  rule: consent', ['  rule: [consent]']) }, { 'CHARTER.md': charterWith('  rule: consent', ['  rule: vote']) }), [
      'charter decisions.rule [power]: Decision rule: ["consent"] → vote',
    ]);
  });

  it('never marks a purpose field as shifting power, even one at a charter power field’s path', () => {
    assert.equal(shiftsPower('purpose', ['decisions', 'rule']), false);
    assert.equal(shiftsPower('charter', ['decisions', 'rule']), true);
  });
});

describe('a whole document or section added or removed', () => {
  it('lists every field of a purpose the pull request adds', async () => {
    assert.deepEqual(await changes({ 'PURPOSE.md': null }, {}), [
      'purpose statement: Purpose statement: Older people stay well at home. (added)',
      'purpose outcomes.0: Outcome faster-referrals: Faster referrals (added)',
      'purpose outcomes.1: Outcome fewer-readmissions: Fewer readmissions (added)',
    ]);
  });

  it('lists every field of a purpose the pull request removes', async () => {
    assert.deepEqual(await changes({}, { 'PURPOSE.md': null }), [
      'purpose statement: Purpose statement: Older people stay well at home. (removed)',
      'purpose outcomes.0: Outcome faster-referrals: Faster referrals (removed)',
      'purpose outcomes.1: Outcome fewer-readmissions: Fewer readmissions (removed)',
    ]);
  });

  it('names the fields of a section that was not there before, not the section as a blob', async () => {
    const base = charterWith('review:', []).replace('  cadence: 12\n', '');
    assert.deepEqual(await changes({ 'CHARTER.md': base }, { 'CHARTER.md': charter() }), ['charter review.cadence: Review every: 12 months (added)']);
  });

  it('lists each value of a list of words the pull request adds or removes', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter() }, { 'CHARTER.md': charter(VALUES) }), [
      'charter values.0: Values: Open by default (added)',
      'charter values.1: Values: Lead for a while (added)',
    ]);
    assert.deepEqual(await changes({ 'CHARTER.md': charter(VALUES) }, { 'CHARTER.md': charter() }), [
      'charter values.0: Values: Open by default (removed)',
      'charter values.1: Values: Lead for a while (removed)',
    ]);
  });

  it('skips only the top-level kind line: a nested field called kind is a change', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter() }, { 'CHARTER.md': charterWith('  model: shared', ['  model: shared', '  kind: federated']) }), [
      'charter governance.kind: kind: federated (added)',
    ]);
  });
});

describe('lists: where each change sits and how it is named', () => {
  it('points each area change at its place: an added or changed area in the head, a removed one in the base', async () => {
    const head = ['areas:', '  - id: care-homes', '    title: Care homes', '  - id: frailty', '    title: Frailty and falls'];
    assert.deepEqual(await changes({ 'CHARTER.md': charter(AREAS) }, { 'CHARTER.md': charter(head) }), [
      'charter areas.0: Area care-homes: Care homes (added)',
      'charter areas.1.title: Area frailty: title: Frailty → Frailty and falls',
      'charter areas.1: Area discharge: Discharge (removed)',
    ]);
  });

  it('points each added and removed word at its place in its own version of the list', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter(VALUES) }, { 'CHARTER.md': charter(['values:', '  - Every voice counts', '  - Open by default']) }), [
      'charter values.0: Values: Every voice counts (added)',
      'charter values.1: Values: Lead for a while (removed)',
    ]);
  });

  it('calls the entries of a list the schema does not know “item”, by id', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter(['links:', '  - id: a', '    url: x']) }, { 'CHARTER.md': charter(['links:', '  - id: a', '    url: y', '  - id: b']) }), [
      'charter links.0.url: item a: url: x → y',
      'charter links.1: item b: {"id":"b"} (added)',
    ]);
  });

  it('counts the entries of a list of areas once one of them has no id', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter(AREAS) }, { 'CHARTER.md': charter([...AREAS, '  - title: Care homes']) }), ['charter areas: Areas of work: 2 entries → 3 entries']);
  });

  it('counts the entries of a list of words once a record joins it', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter(VALUES) }, { 'CHARTER.md': charter([...VALUES, '  - note: x']) }), ['charter values: Values: 2 entries → 3 entries']);
  });

  it('compares an empty entry of a list of words as a word', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter(VALUES) }, { 'CHARTER.md': charter([...VALUES, '  -']) }), ['charter values.2: Values: null (added)']);
  });

  it('says entry for one and entries for several, before and after', async () => {
    assert.deepEqual(await changes({ 'PURPOSE.md': withProgress(2) }, { 'PURPOSE.md': withProgress(1) }), [
      'purpose outcomes.0.progress: Outcome faster-referrals: progress: 2 entries → 1 entry',
    ]);
    assert.deepEqual(await changes({ 'PURPOSE.md': withProgress(3) }, { 'PURPOSE.md': withProgress(2) }), [
      'purpose outcomes.0.progress: Outcome faster-referrals: progress: 3 entries → 2 entries',
    ]);
  });
});

describe('fields the schema has no title for, named by their key as written', () => {
  it('moves a unit only from the end of a key: “wait(days)” reads as wait, in days; “notice (days) ahead” stays as written', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter(['notice (days) ahead: 3', 'wait(days): 2']) }, { 'CHARTER.md': charter(['notice (days) ahead: 4', 'wait(days): 5']) }), [
      'charter notice (days) ahead: notice (days) ahead: 3 → 4',
      'charter wait(days): wait: 2 days → 5 days',
    ]);
  });

  it('drops “Area ” only from the start of an area field’s title, not from inside a key', async () => {
    assert.deepEqual(await changes({ 'CHARTER.md': charter(AREAS) }, { 'CHARTER.md': charter([...AREAS, '    lead for Area team: amara']) }), [
      'charter areas.1.lead for Area team: Area discharge: lead for Area team: amara (added)',
    ]);
  });
});
