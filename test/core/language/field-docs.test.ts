import assert from 'node:assert/strict';
import { hoverAt } from '../../../src/core/language';
import { md } from '../network-builder';
import { open, range, TODAY } from './helpers';

/** The documentation hovers show for a field: examples of groups and lists written as YAML. ‸ marks the mouse. */

describe('field documentation in hovers', () => {
  it('ends the YAML example of a group with its last line, no blank line before the fence', async () => {
    const { document, network, position } = await open('CHARTER.md', md(['name: North Shire Frailty Network', 'gover‸nance:', '  model: shared']));
    const result = hoverAt(document, network, position, TODAY);
    assert.ok(result);
    assert.deepEqual(result.range, range(2, 0, 2, 10));
    assert.equal(
      result.contents,
      '**Governance** (required)\n\nHow the network is governed and who, if anyone, hosts it.\n\nExample:\n\n```yaml\ngovernance:\n  model: lead-organisation\n  host: North Shire Integrated Care Board\n```',
    );
  });
});
