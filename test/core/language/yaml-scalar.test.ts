import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { yamlScalar } from '../../../src/core/language/edits';

describe('yamlScalar', () => {
  it('writes text plain when it reads back as the same text', () => {
    for (const text of ['Falls audit', 'A', 'Ward 12', 'x1', 'Not yet recorded']) assert.equal(yamlScalar(text), text);
  });

  it('writes text that only begins like a hex or octal number plain, as YAML reads it as text', () => {
    for (const text of ['0o17 plan', '0x1f review']) {
      assert.equal(yamlScalar(text), text);
      assert.equal(parse(`v: ${yamlScalar(text)}`).v, text);
    }
  });

  it('quotes text that YAML would read as a number, a boolean or null, and it reads back as text', () => {
    for (const text of ['12', '2027', '1_000', '1.5', '1e3', '-7', 'yes', 'null', '0x1f', '0o17']) {
      assert.equal(yamlScalar(text), JSON.stringify(text));
      assert.equal(parse(`v: ${yamlScalar(text)}`).v, text);
    }
  });
});
