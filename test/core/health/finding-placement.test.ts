import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { evaluateHealth, type HealthSnapshot } from '../../../src/core/health/evaluate';
import { healthDiagnostics, placeFinding, type FindingPlace } from '../../../src/core/health/finding-diagnostics';
import type { Evidence } from '../../../src/core/health/indicator';
import { actionFiles } from './indicators/delivery-fixtures';
import { ROOT, charterWith, indicatorItem, memberPage, networkOf } from './health-fixtures';

const at = (relative: string): string => posix.join(ROOT, relative);

/** A place as `file <- shown note | related notes`, paths relative to the root. */
function described(places: readonly FindingPlace[]): string[] {
  return places.map((p) => `${posix.relative(ROOT, p.file)} <- ${p.evidence?.note ?? '-'} | ${p.related.map((e) => e.note).join(', ')}`);
}

async function network() {
  return networkOf({
    'CHARTER.md': charterWith(),
    'members/amara.md': memberPage('Amara Okafor'),
    'members/ben.md': memberPage('Ben Hale'),
    ...actionFiles({
      'falls-clinic': { title: 'Falls clinic', status: 'in-progress', proposed: '2026-01-10', owners: ['amara'] },
      'home-visits': { title: 'Home visits', status: 'in-progress', proposed: '2026-02-10', owners: ['amara'] },
    }),
  });
}

describe('health: where one finding is placed', () => {
  it('puts evidence about one member on her page, even when all of it is on actions she owns', async () => {
    const evidence: Evidence[] = [
      { file: at('actions/falls-clinic.md'), member: 'amara', note: 'owns falls clinic' },
      { file: at('actions/home-visits.md'), member: 'amara', note: 'owns home visits' },
    ];
    assert.deepEqual(described(placeFinding(await network(), evidence)), ['members/amara.md <- - | owns falls clinic, owns home visits']);
  });

  it('puts a network-wide finding on the charter, with only the other documents beside it', async () => {
    const evidence: Evidence[] = [
      { file: at('members/amara.md'), member: 'amara', note: 'Amara does most' },
      { file: at('CHARTER.md'), note: 'no rule for sharing work' },
      { file: at('members/ben.md'), member: 'ben', note: 'Ben does little' },
    ];
    assert.deepEqual(described(placeFinding(await network(), evidence)), ['CHARTER.md <- no rule for sharing work | Amara does most, Ben does little']);
  });

  it('puts work evidence about no one in particular on each action, with only that action\'s other evidence beside it', async () => {
    const evidence: Evidence[] = [
      { file: at('actions/falls-clinic.md'), note: 'falls clinic overdue' },
      { file: at('actions/home-visits.md'), note: 'home visits overdue' },
      { file: at('actions/falls-clinic.md'), note: 'falls clinic has no owner' },
    ];
    assert.deepEqual(described(placeFinding(await network(), evidence)), ['actions/falls-clinic.md <- falls clinic overdue | falls clinic has no owner', 'actions/home-visits.md <- home visits overdue | ']);
  });
});

describe('health: a finding as a diagnostic', () => {
  const ITEM = indicatorItem('leads-spread', 'leadership', 'purpose-exists', 1, 0.5, 'Leads from many organisations');

  /** The network's snapshot with one finding at risk, measured as given. */
  async function withFinding(evidence: readonly Evidence[]) {
    const net = await network();
    const snapshot = evaluateHealth(net, { id: 'test', items: [] }, { asOf: '2026-11-27' });
    const measurement = { value: 0, summary: 'Leads come from 1 of 2 organisations. Half the members can lead at once.', evidence, question: 'Who else could lead?' };
    const found: HealthSnapshot = { ...snapshot, dimensions: [{ ...snapshot.dimensions[0]!, items: [{ item: ITEM, measurement, status: 'at-risk', weight: 1 }] }] };
    return healthDiagnostics(net, found, 'at-risk');
  }

  it('on the charter with no evidence of its own, says the summary and counts the evidence listed beside it', async () => {
    const [diagnostic, ...rest] = await withFinding([
      { file: at('members/amara.md'), member: 'amara', note: 'Amara leads' },
      { file: at('members/ben.md'), member: 'ben', note: 'Ben does not' },
    ]);
    assert.equal(rest.length, 0);
    assert.equal(diagnostic!.file, at('CHARTER.md'));
    assert.deepEqual(diagnostic!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(
      diagnostic!.message,
      'Network health, leads from many organisations (at risk): Leads come from 1 of 2 organisations. Half the members can lead at once (and 2 more, listed with this finding). Who else could lead?',
    );
    assert.deepEqual(
      diagnostic!.related?.map((r) => [posix.relative(ROOT, r.file), r.message]),
      [
        ['members/amara.md', 'Amara leads'],
        ['members/ben.md', 'Ben does not'],
      ],
    );
  });

  it('with one piece of evidence, says its note and nothing more', async () => {
    const [diagnostic] = await withFinding([{ file: at('members/amara.md'), member: 'amara', note: 'Amara leads alone' }]);
    assert.equal(diagnostic!.file, at('members/amara.md'));
    assert.equal(diagnostic!.message, 'Network health, leads from many organisations (at risk): Amara leads alone. Who else could lead?');
    assert.equal(diagnostic!.related, undefined);
  });
});
