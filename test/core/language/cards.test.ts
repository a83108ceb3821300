import assert from 'node:assert/strict';
import { hoverAt, type Hover } from '../../../src/core/language';
import { md } from '../network-builder';
import { open, TODAY } from './helpers';

/** Hover cards of what an id names, for the parts the main hover tests do not show. ‸ marks the mouse. */

async function hover(file: string, content: string, changes: Readonly<Record<string, string | null>> = {}): Promise<Hover | undefined> {
  const { document, network, position } = await open(file, content, changes);
  return hoverAt(document, network, position, TODAY);
}

const MEETING = 'meetings/2026-11-20-network-meeting.md';

describe('hover cards', () => {
  it('on an action id, shows its due and completed dates', async () => {
    const audit = md(['title: Falls audit', 'status: done', 'proposed_by: amara-okafor', 'due: 2026-12-31', 'completed: 2026-11-25'], ['## Proposal', 'Audit.']);
    const meeting = md(['date: 2026-11-20', 'type: network', 'attendees: [tom-hughes]', 'decisions: [2026-11-01-falls-‸audit]']);
    const result = await hover(MEETING, meeting, { 'actions/2026-11-01-falls-audit.md': audit });
    assert.ok(result);
    assert.equal(result.contents, '**Falls audit** · action `2026-11-01-falls-audit`\n\nStatus: done, proposed by `amara-okafor`, due 2026-12-31, completed 2026-11-25.');
  });

  it('on a meeting id of a meeting with no decisions, says nothing of decisions', async () => {
    const steering = md(['date: 2026-11-05', 'type: steering', 'attendees: [tom-hughes]'], ['## Notes', 'Met.']);
    const action = md(['title: Falls audit', 'status: agreed', 'proposed_by: amara-okafor', 'decision:', '  date: 2026-11-05', '  via: 2026-11-05-steering-‸meeting']);
    const result = await hover('actions/2026-11-01-falls-audit.md', action, { 'meetings/2026-11-05-steering-meeting.md': steering });
    assert.ok(result);
    assert.equal(result.contents, '**Steering meeting** · meeting `2026-11-05-steering-meeting`\n\n2026-11-05 · steering meeting · 1 attendee');
  });

  it('on an outcome id, shows a block-scalar measure without its trailing line break', async () => {
    const purpose = md(['statement: S', 'outcomes:', '  - id: faster-referrals', '    title: Faster referrals', '    measure: |', '      Days from referral to first visit', '    target: 5']);
    const action = md(['title: Falls audit', 'status: proposed', 'proposed_by: amara-okafor', 'outcomes: [faster-‸referrals]']);
    const result = await hover('actions/2026-11-21-falls-audit.md', action, { 'PURPOSE.md': purpose });
    assert.ok(result);
    assert.equal(result.contents, '**Faster referrals** · outcome `faster-referrals`\n\nMeasure: Days from referral to first visit\n\nTo 5.');
  });
});
