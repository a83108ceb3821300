import assert from 'node:assert/strict';
import { builtInChecklist } from '../../../src/core/health/checklist';
import { AsOfFacts } from '../../../src/core/health/facts';
import { indicatorNamed } from '../../../src/core/health/indicators';
import { buildPanelData } from '../../../src/core/health/panel-data';
import { isOrganisationMissing, isRealOrganisation, missingOrganisationWords } from '../../../src/core/model/organisations';
import { md } from '../network-builder';
import { charterWith, memberPage, networkOf } from './health-fixtures';

/**
 * Organisations not recorded (issue 15): a network converted from a real
 * community writes "Not recorded", "Unknown", "N/A" or nothing for half its
 * members. Those are not an organisation, let alone the largest one: every
 * organisation figure leaves them out and says how many members have none.
 */
const DAY = '2026-11-27';

/** 20 members: 10 whose organisation is "Not recorded", then 5 from North Trust, 3 from South Care, 2 from East Council. */
function files(): Record<string, string> {
  const organisations: (string | undefined)[] = [
    ...Array<string>(10).fill('Not recorded'),
    ...Array<string>(5).fill('North Trust'),
    ...Array<string>(3).fill('South Care'),
    ...Array<string>(2).fill('East Council'),
  ];
  const result: Record<string, string> = {
    'CHARTER.md': charterWith(['governance:', '  model: shared']),
    // A North Trust member and a South Care member co-chair; an unrecorded member leads a workstream.
    'actions/2026-10-01-shared-work.md': md(['title: Shared work', 'status: in-progress', 'proposed_by: m11', 'proposed: 2026-10-01', 'owners: [m11, m16, m01]', 'decision:', '  date: 2026-10-10', '  via: pull-request', '  result: agreed']),
  };
  organisations.forEach((organisation, i) => {
    const id = `m${String(i + 1).padStart(2, '0')}`;
    const roles = id === 'm11' || id === 'm16' ? ['roles:', '  - role: co-chair', '    from: 2026-01-01', '    until: 2027-12-31'] : id === 'm01' ? ['roles:', '  - role: lead', '    area: falls', '    from: 2026-01-01', '    until: 2027-12-31'] : [];
    result[`members/${id}.md`] = memberPage(`Member ${i + 1}`, '2025-01-01', [...(organisation === undefined ? [] : [`organisation: ${organisation}`]), ...roles]);
  });
  return result;
}

const UNRECORDED = /not recorded|unknown|n\/a/i;

describe('organisations not recorded', () => {
  it('tells a placeholder from a way of taking part and from an organisation', () => {
    for (const value of [undefined, '', '  ', 'Not recorded', 'Not yet recorded', 'Unknown', 'N/A', 'n / a', 'TBC', '-', '?']) assert.equal(isOrganisationMissing(value), true, String(value));
    for (const value of ['Patient and carer partner', 'Independent', 'North Trust']) assert.equal(isOrganisationMissing(value), false, value);
    assert.equal(isRealOrganisation('Independent'), false);
    assert.equal(isRealOrganisation('Not recorded'), false);
    assert.equal(missingOrganisationWords([{ organisation: 'Unknown' }, { organisation: 'North Trust' }]), '1 member has no organisation recorded');
    assert.equal(missingOrganisationWords([{ organisation: 'North Trust' }]), undefined);
  });

  it('does not show "Not recorded" as the largest organisation: the picture counts 3 organisations and says 10 members have none', async () => {
    const network = await networkOf(files());
    const { graph } = buildPanelData(network, builtInChecklist(), { asOf: DAY, present: DAY, trendMonths: 2 });
    assert.deepEqual(graph.organisations, ['North Trust', 'South Care', 'East Council']);
    assert.match(graph.summary, /^20 current members with 3 ties between them \(working ties: shared actions and small meetings\), from 3 organisations \(10 members have no organisation recorded\)\./);
    // The ten are drawn with no organisation, not as one.
    assert.equal(graph.nodes.filter((node) => node.organisation === -1).length, 10);
  });

  it('compares leadership with membership over the 3 real organisations, and says how many members have none', async () => {
    const facts = new AsOfFacts(await networkOf(files()), DAY);
    const measured = indicatorNamed('organisations-in-leadership-vs-membership')!.measure({ facts, params: {} });
    assert.equal(measured.value, 2 / 3);
    assert.equal(measured.summary, 'Leads come from 2 of 3 organisations among members (67%): North Trust and South Care. 10 members have no organisation recorded, so are not counted.');
    assert.doesNotMatch(measured.summary.replace('no organisation recorded', ''), UNRECORDED);
    assert.deepEqual(measured.evidence?.map((e) => e.note.split(':')[0]), ['East Council', 'North Trust', 'South Care']);
  });

  it('names no placeholder among the organisations doing the work (elephant factor)', async () => {
    const facts = new AsOfFacts(await networkOf(files()), DAY);
    const measured = indicatorNamed('elephant-factor')!.measure({ facts, params: {} });
    assert.equal(measured.value, 1);
    assert.doesNotMatch(measured.summary.replace('no organisation recorded', ''), UNRECORDED);
    assert.deepEqual(measured.evidence?.map((e) => e.note.split(':')[0]), ['North Trust', 'South Care']);
  });
});
