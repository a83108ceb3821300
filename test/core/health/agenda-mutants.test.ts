import assert from 'node:assert/strict';
import { draftAgenda } from '../../../src/core/health/agenda';
import type { Checklist } from '../../../src/core/health/checklist';
import { evaluateHealth } from '../../../src/core/health/evaluate';
import { charterWith, memberPage, networkOf } from './health-fixtures';

const TODAY = '2026-11-27';
const EMPTY: Checklist = { id: 'none', items: [] };

/** A coordinator term (a lead role with no area) from `from` until `until`. */
function coordinator(name: string, from: string, until: string): string {
  return memberPage(name, '2024-01-01', ['roles:', '  - role: coordinator', `    from: ${from}`, `    until: ${until}`]);
}

async function endedRoles(files: Record<string, string>): Promise<string[]> {
  const snapshot = evaluateHealth(await networkOf(files), EMPTY, { asOf: TODAY, present: TODAY });
  return draftAgenda(snapshot, { date: '2026-12-03' }).roles.map((r) => `${r.member.id} ${r.role} ${r.until}`);
}

describe('agenda: the last ended term of a role not handed on', () => {
  it('lists the latest term to end, whichever member comes first by id', async () => {
    // Two ended coordinator terms, nobody holding the role now: only the later one is listed.
    const laterFirst = await endedRoles({
      'CHARTER.md': charterWith(),
      'members/ann.md': coordinator('Ann', '2025-01-01', '2026-06-30'),
      'members/bob.md': coordinator('Bob', '2024-01-01', '2024-12-31'),
    });
    assert.deepEqual(laterFirst, ['ann coordinator 2026-06-30']);
    const laterSecond = await endedRoles({
      'CHARTER.md': charterWith(),
      'members/ann.md': coordinator('Ann', '2024-01-01', '2024-12-31'),
      'members/bob.md': coordinator('Bob', '2025-01-01', '2026-06-30'),
    });
    assert.deepEqual(laterSecond, ['bob coordinator 2026-06-30']);
  });
});
