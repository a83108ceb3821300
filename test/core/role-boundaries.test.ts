/**
 * The days on which a lead term starts and stops counting, pinned exactly: the rules, CODEOWNERS
 * and health all say "a role counts from its first day to its last day, both included".
 */
import assert from 'node:assert/strict';
import { about, diagnose, member, TODAY } from './network-builder';
import { factsOf, charterWith } from './health/health-fixtures';
import { md } from './network-builder';

const YESTERDAY = '2026-11-26';
const TOMORROW = '2026-11-28';

function withLead(until: string): string {
  return member('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01', `    until: ${until}`]);
}
function successorFrom(from: string): string {
  return member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', `    from: ${from}`, '    until: 2028-01-01']);
}

describe('role.term-expired on the days around a hand-over', () => {
  it('is silent for a term that ends today', async () => {
    assert.deepEqual(about(await diagnose({ 'members/amara-okafor.md': withLead(TODAY) }), 'members/amara-okafor.md', 'role.term-expired'), []);
  });

  it('reports a term that ended yesterday with no successor', async () => {
    const found = about(await diagnose({ 'members/amara-okafor.md': withLead(YESTERDAY) }), 'members/amara-okafor.md', 'role.term-expired');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /ended on 2026-11-26 and no later term is recorded/);
  });

  it('is silent when the successor starts today', async () => {
    const found = await diagnose({ 'members/amara-okafor.md': withLead(YESTERDAY), 'members/sam-lee.md': successorFrom(TODAY) });
    assert.deepEqual(about(found, 'members/amara-okafor.md', 'role.term-expired'), []);
  });

  it('names the gap when the successor starts tomorrow', async () => {
    const found = about(await diagnose({ 'members/amara-okafor.md': withLead(YESTERDAY), 'members/sam-lee.md': successorFrom(TOMORROW) }), 'members/amara-okafor.md', 'role.term-expired');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /next recorded term starts on 2026-11-28: until then nobody holds it/);
  });
});

describe('lead roles held on the day measured (health)', () => {
  const page = (until: string): string => md(['name: Amara Okafor', 'joined: 2024-01-01', 'roles:', '  - role: co-chair', '    from: 2024-01-01', `    until: ${until}`]);

  it('holds a role on its last day', async () => {
    const facts = await factsOf({ 'CHARTER.md': charterWith(), 'members/amara-okafor.md': page(TODAY) }, TODAY);
    assert.deepEqual(facts.leadRolesHeld.map((role) => role.member), ['amara-okafor']);
    assert.deepEqual([...facts.leads], ['amara-okafor']);
  });

  it('no longer holds it the day after', async () => {
    const facts = await factsOf({ 'CHARTER.md': charterWith(), 'members/amara-okafor.md': page(YESTERDAY) }, TODAY);
    assert.deepEqual(facts.leadRolesHeld, []);
    assert.equal(facts.leads.size, 0);
  });

  it('holds it from its first day, not before', async () => {
    const starting = md(['name: Amara Okafor', 'joined: 2024-01-01', 'roles:', '  - role: lead', `    from: ${TODAY}`]);
    assert.equal((await factsOf({ 'CHARTER.md': charterWith(), 'members/amara-okafor.md': starting }, TODAY)).leadRolesHeld.length, 1);
    assert.equal((await factsOf({ 'CHARTER.md': charterWith(), 'members/amara-okafor.md': starting }, YESTERDAY)).leadRolesHeld.length, 0);
  });
});
