import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { placeFinding, type FindingPlace } from '../../../src/core/health/finding-diagnostics';
import type { Evidence } from '../../../src/core/health/indicator';
import { actionFiles } from './indicators/delivery-fixtures';
import { ROOT, charterWith, memberPage, networkOf } from './health-fixtures';

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
});
