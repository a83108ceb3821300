import assert from 'node:assert/strict';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { meetingFiles } from './delivery-fixtures';

const DAY = '2026-11-27';
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * 60 patient partners, p00 to p59, none active in the last year: the even ones
 * each attended one meeting in 2024 (p00 on 1 Jan, p02 on 2 Jan...), the odd ones never.
 */
function manyQuietPartners(): Record<string, string> {
  const files: Record<string, string> = { 'CHARTER.md': charterWith() };
  for (let i = 0; i < 60; i += 1) files[`members/p${pad(i)}.md`] = memberPage(`Partner ${pad(i)}`, '2023-06-01', ['sector: public/patient']);
  for (let i = 0; i < 60; i += 2) Object.assign(files, meetingFiles({ [`2024-01-${pad(i / 2 + 1)}-network`]: { date: `2024-01-${pad(i / 2 + 1)}`, attendees: [`p${pad(i)}`] } }));
  return files;
}

describe('health indicators: patient-partners-involved with many partners', () => {
  it('shows at most 50 partners as evidence: those who took part, latest first, before those who never did', async () => {
    const m = await measure('patient-partners-involved', manyQuietPartners(), DAY);
    assert.equal(m.value, 0);
    const evidence = evidenceOf(m);
    assert.equal(evidence.length, 50);
    assert.equal(evidence[0], 'members/p58.md@sector: patient or public partner, has not taken part since 2024-01-30');
    assert.equal(evidence[29], 'members/p00.md@sector: patient or public partner, has not taken part since 2024-01-01');
    assert.deepEqual(evidence.slice(30).map((line) => line.split('@')[0]), Array.from({ length: 20 }, (_, k) => `members/p${pad(2 * k + 1)}.md`));
    assert.ok(evidence.slice(30).every((line) => line.endsWith('has not taken part yet')));
  });
});
