import assert from 'node:assert/strict';
import { checkDirectory, loadNetwork } from '../../src/core/check';
import { builtInChecklist } from '../../src/core/health/checklist';
import { evaluateHealth, type HealthSnapshot } from '../../src/core/health/evaluate';
import { workspaceFromFolder } from '../helpers/memory-workspace';
import { fromRoot } from '../helpers/paths';

/**
 * The held-out fixture (test/fixtures/held-out/kubernetes-community): real
 * governance data netgov was not written for, the Kubernetes community's
 * sigs.yaml (Apache-2.0) converted by scripts/convert-k8s-sigs.ts. 35 groups
 * and the 129 people who chair them, lead them technically or are the
 * Steering Committee's liaison to them; chairs and tech leads serve without
 * a term limit. See the fixture's README.md for what was chosen and why.
 */
const ROOT = '/ws/kubernetes-community';
const DAY = '2026-11-27';

const workspace = () => workspaceFromFolder(fromRoot('test/fixtures/held-out/kubernetes-community'), ROOT);

async function health(day: string): Promise<HealthSnapshot> {
  return evaluateHealth((await loadNetwork(workspace(), ROOT)).network, builtInChecklist(), { asOf: day });
}

function statuses(snapshot: HealthSnapshot, status: string): string[] {
  return snapshot.dimensions.flatMap((d) => d.items).filter((result) => result.status === status).map((result) => result.item.id).sort();
}

describe('held-out: the Kubernetes community (sigs.yaml)', () => {
  it('netgov check raises nothing, on the day of the commit, on the fixed day and years later', async () => {
    for (const today of ['2026-08-21', DAY, '2031-01-01']) {
      const report = await checkDirectory(workspace(), ROOT, { today });
      assert.deepEqual(report.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.code} ${d.message}`), [], today);
      // CHARTER.md and 129 member pages; README.md, NOTICE.md and LICENSE are not network documents.
      assert.equal(report.filesChecked, 130, today);
    }
  });

  it('health is at risk or on watch only where the data really says so', async () => {
    const snapshot = await health(DAY);
    assert.deepEqual(statuses(snapshot, 'at-risk'), [
      // True of the data: sigs.yaml records no charter review (the charter counts from the file's first commit, 2017).
      'charter-reviewed-on-cadence',
      // True of the data, and by design: the built-in checklist is for health and care networks; a software community would lay its own over it.
      'patient-partners-involved',
      // True of the data: sigs.yaml has mission statements per group but no purpose or outcomes for the whole community.
      'purpose-exists',
    ]);
    // True: the charter states no quorum (nor does the SIG governance set one).
    assert.deepEqual(statuses(snapshot, 'watch'), ['charter-decision-rules-stated']);
    assert.deepEqual(statuses(snapshot, 'healthy'), ['distinct-leads-24-months', 'expired-terms-held', 'organisations-in-leadership-vs-membership', 'top-holder-share']);
  });

  it('reads chairs and tech leads held without a term limit as the design, not as missing end dates or overlong tenure', async () => {
    const items = new Map((await health(DAY)).dimensions.flatMap((d) => d.items).map((result) => [result.item.id, result]));
    const terms = items.get('lead-roles-have-terms');
    assert.equal(terms?.status, 'unknown');
    assert.equal(terms?.measurement.summary, 'Every lead role held on 2026-11-27 is one the charter holds without a term limit (`leadership.terms`), so none is expected to have an end date.');
    const tenure = items.get('continuous-tenure');
    assert.equal(tenure?.status, 'unknown');
    assert.equal(tenure?.measurement.summary, 'Every lead role held on 2026-11-27 is one the charter holds without a term limit (`leadership.terms`), so no spell of leading is judged against a limit.');
  });

  it('says working ties are not recorded (no meetings or actions), not that 129 leaders work alone', async () => {
    const snapshot = await health(DAY);
    const connectivity = snapshot.dimensions.find((d) => d.dimension === 'connectivity');
    assert.ok(connectivity);
    for (const result of connectivity.items.filter((r) => r.item.type === 'indicator')) {
      assert.equal(result.status, 'unknown', result.item.id);
      assert.equal(result.measurement.summary, 'The network does not keep meeting notes or actions, the records of taking part (none on or before the day), so this cannot be measured.', result.item.id);
    }
  });
});
