import assert from 'node:assert/strict';
import { areaNetwork, areasOf } from '../../../src/core/health/area';
import { builtInChecklist } from '../../../src/core/health/checklist';
import { AsOfFacts } from '../../../src/core/health/facts';
import { buildHealthReport } from '../../../src/core/health/report';
import { indicatorNamed } from '../../../src/core/health/indicators';
import { md } from '../network-builder';
import { charterWith, memberPage, networkOf } from './health-fixtures';

/**
 * Per-area health: the area's view holds its actions and meetings, the members
 * who lead, work or meet in it, only the roles held in it, and the
 * network-wide documents.
 */
const DAY = '2026-11-27';
const AREAS = ['areas:', '  - id: falls', '    title: Falls prevention', '  - id: discharge', '    title: Hospital discharge'];

function lead(area: string): string[] {
  return ['  - role: lead', `    area: ${area}`, '    from: 2026-01-01', '    until: 2027-12-31'];
}

function action(area: string, owner: string, contributors: readonly string[] = []): string {
  return md(['title: Work', 'status: in-progress', 'proposed_by: amara', 'proposed: 2026-02-01', `area: ${area}`, `owners: [${owner}]`, ...(contributors.length ? [`contributors: [${contributors.join(', ')}]`] : []), 'decision:', '  date: 2026-02-10', '  via: pull-request', '  result: agreed']);
}

const FILES = {
  'CHARTER.md': charterWith(AREAS),
  'PURPOSE.md': md(['statement: Older people stay well at home.']),
  // Amara leads both areas and owns the falls work; Ben leads discharge; Cara only contributes to falls; Dev only attends a falls meeting; Eve does nothing in falls.
  'members/amara.md': memberPage('Amara Okafor', '2025-01-01', ['roles:', ...lead('falls'), ...lead('discharge')]),
  'members/ben.md': memberPage('Ben Ross', '2025-01-01', ['roles:', ...lead('discharge')]),
  'members/cara.md': memberPage('Cara Diaz'),
  'members/dev.md': memberPage('Dev Patel'),
  'members/eve.md': memberPage('Eve Stone'),
  'actions/2026-02-01-falls-clinic.md': action('falls', 'amara', ['cara']),
  'actions/2026-02-01-discharge-pathway.md': action('discharge', 'ben', ['eve']),
  'meetings/2026-03-01-falls.md': md(['date: 2026-03-01', 'type: workstream', 'area: falls', 'facilitator: amara', 'attendees: [amara, dev]']),
  'meetings/2026-03-02-discharge.md': md(['date: 2026-03-02', 'type: workstream', 'area: discharge', 'attendees: [ben, eve]']),
  'pulses/2026-q3.md': md(['date: 2026-09-30', 'checklist: netgov-core', 'invited: 5', 'respondents: 5']),
};

describe('health: one area', () => {
  it('holds only the area’s actions, meetings and members, with the network-wide documents', async () => {
    const network = await networkOf(FILES);
    const view = areaNetwork(network, 'falls')!;
    assert.deepEqual(view.area, { id: 'falls', title: 'Falls prevention', members: 3, actions: 1, meetings: 1, pulses: 1 });
    assert.deepEqual([...view.ofKind('member').keys()].sort(), ['amara', 'cara', 'dev']);
    assert.deepEqual([...view.ofKind('action').keys()], ['2026-02-01-falls-clinic']);
    assert.deepEqual([...view.ofKind('meeting').keys()], ['2026-03-01-falls']);
    assert.ok(view.charter && view.purpose && view.ofKind('pulse').size === 1);
    // The whole network is untouched.
    assert.equal(network.ofKind('member').size, 5);
  });

  it('counts only the roles held in the area: a lead of two areas is one lead in each', async () => {
    const network = await networkOf(FILES);
    const topHolder = indicatorNamed('top-holder-share')!;
    const whole = topHolder.measure({ facts: new AsOfFacts(network, DAY), params: {} });
    assert.match(whole.summary, /^Amara Okafor holds 2 of 3 lead roles/);
    const falls = topHolder.measure({ facts: new AsOfFacts(areaNetwork(network, 'falls')!, DAY), params: {} });
    assert.equal(falls.summary, 'Amara Okafor holds the only lead role.');
    const discharge = new AsOfFacts(areaNetwork(network, 'discharge')!, DAY);
    assert.deepEqual(discharge.leadRolesHeld.map((role) => [role.member, role.area]), [['amara', 'discharge'], ['ben', 'discharge']]);
  });

  it('reports which area, and draws no mirror (survey answers are the whole network’s)', async () => {
    const network = await networkOf(FILES);
    const report = buildHealthReport(areaNetwork(network, 'discharge')!, builtInChecklist(), { asOf: DAY, present: DAY, trendMonths: 0 });
    assert.deepEqual(report.area, { id: 'discharge', title: 'Hospital discharge', members: 3, actions: 1, meetings: 1, pulses: 1 });
    assert.deepEqual(report.mirror, []);
    assert.equal(report.network.name, 'Test Network');
    assert.equal(buildHealthReport(network, builtInChecklist(), { asOf: DAY, present: DAY, trendMonths: 0 }).area, undefined);
  });

  it('counts a member in the area from their first day in it, not from the day they joined the network', async () => {
    const network = await networkOf(FILES);
    const view = areaNetwork(network, 'falls')!;
    // Amara leads falls from 2026-01-01, Cara contributes to the action proposed on 2026-02-01, Dev first attends on 2026-03-01; all joined the network earlier.
    const membersOn = (day: string): string[] => new AsOfFacts(view, day).members.map((member) => member.id);
    assert.deepEqual(membersOn('2025-12-31'), []);
    assert.deepEqual(membersOn('2026-01-15'), ['amara']);
    assert.deepEqual(membersOn('2026-02-01'), ['amara', 'cara']);
    assert.deepEqual(membersOn('2026-03-01'), ['amara', 'cara', 'dev']);
    // The whole network still counts them from the day they joined, and evidence still points into the file.
    assert.deepEqual(new AsOfFacts(network, '2025-12-31').members.map((member) => member.id), ['amara', 'ben', 'cara', 'dev', 'eve']);
    assert.equal(view.ofKind('member').get('dev')!.rangeOf(['joined']).start.line, 2);
  });

  it('knows no area the network does not have', async () => {
    const network = await networkOf(FILES);
    assert.equal(areaNetwork(network, 'care-homes'), undefined);
    assert.deepEqual(areasOf(network), [{ id: 'falls', title: 'Falls prevention' }, { id: 'discharge', title: 'Hospital discharge' }]);
  });

  it('takes the areas named on documents when the charter lists none', async () => {
    const network = await networkOf({ ...FILES, 'CHARTER.md': charterWith() });
    assert.deepEqual(areasOf(network), [{ id: 'discharge', title: 'discharge' }, { id: 'falls', title: 'falls' }]);
    assert.equal(areaNetwork(network, 'falls')?.area.members, 3);
  });
});

describe('health: a renamed area carries its history over', () => {
  // old-falls became falls: Amara led it under the old id until 2025-12-31, Ben took it on under the new id.
  const RENAMED = {
    'CHARTER.md': charterWith(['areas:', '  - id: old-falls', '    title: Falls (old name)', '    retired: 2025-12-31', '    renamed_to: falls', '  - id: falls', '    title: Falls prevention']),
    'PURPOSE.md': md(['statement: Older people stay well at home.']),
    'members/amara.md': memberPage('Amara Okafor', '2025-01-01', ['roles:', '  - role: lead', '    area: old-falls', '    from: 2025-01-01', '    until: 2025-12-31']),
    'members/ben.md': memberPage('Ben Ross', '2025-01-01', ['roles:', '  - role: lead', '    area: falls', '    from: 2026-01-01', '    until: 2027-12-31']),
    'actions/2026-02-01-falls-clinic.md': action('old-falls', 'amara'),
  };

  it('lists the new id only, and its view holds the old id\'s roles and actions', async () => {
    const network = await networkOf(RENAMED);
    assert.deepEqual(areasOf(network).map((area) => area.id), ['falls']);
    assert.equal(areaNetwork(network, 'old-falls'), undefined);
    const view = areaNetwork(network, 'falls')!;
    assert.deepEqual([...view.ofKind('member').keys()].sort(), ['amara', 'ben']);
    assert.deepEqual([...view.ofKind('action').keys()], ['2026-02-01-falls-clinic']);
    const facts = new AsOfFacts(view, DAY);
    assert.deepEqual(facts.roles.map((role) => `${role.member} ${role.area}`).sort(), ['amara falls', 'ben falls']);
    assert.deepEqual(facts.actions.map((a) => a.area), ['falls']);
  });

  it('counts a term under the new id as taking on one under the old: no expired term', async () => {
    const network = await networkOf(RENAMED);
    const expired = indicatorNamed('expired-terms-held')!.measure({ facts: new AsOfFacts(network, DAY), params: {} });
    assert.equal(expired.value, 0, expired.summary);
    // Without the rename, Amara's old-falls term has nobody after it.
    const plain = await networkOf({ ...RENAMED, 'CHARTER.md': charterWith(['areas:', '  - id: old-falls', '    title: Falls (old name)', '  - id: falls', '    title: Falls prevention']) });
    assert.equal(indicatorNamed('expired-terms-held')!.measure({ facts: new AsOfFacts(plain, DAY), params: {} }).value, 1);
  });
});
