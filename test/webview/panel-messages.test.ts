import assert from 'node:assert/strict';
import { parsePanelMessage, parsePanelState } from '../../src/extension/health-panel/messages';

/** The health panel's messages from its webview are untrusted input: each is checked before the panel acts on it. */
const TODAY = '2026-11-27';
const AREAS = ['falls-prevention', 'care-homes'];

describe('health panel: messages from the page', () => {
  it('accepts an area of the network, or the whole network', () => {
    assert.deepEqual(parsePanelMessage({ type: 'area', area: 'care-homes' }, TODAY, AREAS), { type: 'area', area: 'care-homes' });
    assert.deepEqual(parsePanelMessage({ type: 'area', area: '' }, TODAY, AREAS), { type: 'area', area: '' });
  });

  it('refuses an area the network does not have, or one that is not text', () => {
    for (const message of [{ type: 'area', area: 'falls' }, { type: 'area', area: 'care-homes' }, { type: 'area' }, { type: 'area', area: 3 }, { type: 'area', area: ['care-homes'] }]) {
      const areas = message.area === 'care-homes' ? ['falls-prevention'] : AREAS;
      assert.ok('refused' in parsePanelMessage(message, TODAY, areas), JSON.stringify(message));
    }
    // Without the network's areas (a panel whose network has gone), no area is accepted.
    assert.ok('refused' in parsePanelMessage({ type: 'area', area: 'care-homes' }, TODAY));
  });

  it('still checks dates and files as before', () => {
    assert.deepEqual(parsePanelMessage({ type: 'asOf', date: '2026-01-31' }, TODAY, AREAS), { type: 'asOf', date: '2026-01-31' });
    assert.ok('refused' in parsePanelMessage({ type: 'asOf', date: '2026-11-28' }, TODAY, AREAS));
    assert.ok('refused' in parsePanelMessage({ type: 'open', file: 'relative.md', line: 0 }, TODAY, AREAS));
  });

  it('accepts the Anonymise choice as true or false, and nothing else', () => {
    assert.deepEqual(parsePanelMessage({ type: 'anonymise', anonymise: true }, TODAY, AREAS), { type: 'anonymise', anonymise: true });
    assert.deepEqual(parsePanelMessage({ type: 'anonymise', anonymise: false }, TODAY), { type: 'anonymise', anonymise: false });
    for (const message of [{ type: 'anonymise' }, { type: 'anonymise', anonymise: 'true' }, { type: 'anonymise', anonymise: 1 }, { type: 'anonymise', anonymise: null }, { type: 'anonymise', on: true }]) {
      assert.deepEqual(parsePanelMessage(message, TODAY, AREAS), { refused: 'anonymise: not true or false' }, JSON.stringify(message));
    }
  });

  it('keeps the Anonymise choice in the saved state only when it is true', () => {
    assert.deepEqual(parsePanelState({ root: 'file:///net', asOf: '2026-01-31', area: 'care-homes', anonymise: true }), { root: 'file:///net', asOf: '2026-01-31', area: 'care-homes', anonymise: true });
    assert.deepEqual(parsePanelState({ root: 'file:///net', anonymise: true }), { root: 'file:///net', anonymise: true });
    for (const anonymise of [false, 'true', 1, null, {}]) assert.deepEqual(parsePanelState({ root: 'file:///net', anonymise }), { root: 'file:///net' }, JSON.stringify(anonymise));
    // A state without a network is still nothing to restore, anonymised or not.
    assert.equal(parsePanelState({ anonymise: true }), undefined);
  });

  it('keeps the area in the saved state only when it is written as an id', () => {
    assert.deepEqual(parsePanelState({ root: 'file:///net', asOf: '2026-01-31', area: 'care-homes' }), { root: 'file:///net', asOf: '2026-01-31', area: 'care-homes' });
    assert.deepEqual(parsePanelState({ root: 'file:///net', area: '<script>' }), { root: 'file:///net' });
    assert.deepEqual(parsePanelState({ root: 'file:///net', area: 7 }), { root: 'file:///net' });
  });
});
