/** Rule edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { about, diagnose, member } from './network-builder';

const SAM = 'members/sam-lee.md';

describe('role.continuous-tenure with two roles ending the spell on the same day', () => {
  it('warns at the one taken on later', async () => {
    const role = (name: string, area: string | undefined, from: string, until: string): string[] => [`  - role: ${name}`, ...(area ? [`    area: ${area}`] : []), `    from: ${from}`, `    until: ${until}`];
    const text = member('Sam Lee', ['roles:', ...role('lead', 'frailty', '2023-01-01', '2024-12-31'), ...role('lead', 'frailty', '2025-01-01', '2026-12-31'), ...role('co-chair', undefined, '2026-01-01', '2027-06-30'), ...role('lead', 'frailty', '2027-01-01', '2027-06-30')]);
    const diagnostics = about(await diagnose({ [SAM]: text }), SAM, 'role.continuous-tenure');
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.message]),
      [[16, "This member has led since 2023-01-01, over 4 lead terms, and, with this lead role for frailty to 2027-06-30, will have led for 54 months in a row: longer than the charter's limit of 48 months of continuous leading. Plan a handover rather than another renewal."]],
    );
  });
});
