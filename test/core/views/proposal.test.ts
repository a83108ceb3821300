import assert from 'node:assert/strict';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import { planAction } from '../../../src/core/templates/plan';
import { describeUnwritten, proposalReadiness, type ProposalReadiness } from '../../../src/core/views/proposal';
import { action, decidedAction } from '../network-builder';
import { open, ROOT, TODAY } from '../language/helpers';

/**
 * When a proposal is written enough for the editor to offer "Create branch
 * and commit": its required sections (body.required-section's) each hold
 * text of their own, and none of the template's guidance (template.unedited's).
 */
const FILE = 'actions/2026-11-20-falls-audit.md';

async function readiness(content: string): Promise<ProposalReadiness> {
  return proposalReadiness((await open(FILE, content)).document);
}

/** The file Propose action and `netgov new action` write, as they write it. */
function fromTemplate(): string {
  const [planned] = planAction(ROOT, DEFAULT_LAYOUT, { title: 'Falls audit', proposedBy: 'amara-okafor', today: TODAY, existingIds: [] });
  return planned!.content;
}

/** The template's file with the guidance under `heading` replaced by `text`. */
function writeUnder(content: string, heading: string, text: string): string {
  return content.replace(new RegExp(`(## ${heading}\\n\\n)[^\\n]+`), (_, head: string) => `${head}${text}`);
}

describe('proposalReadiness', () => {
  it('is not ready as the template writes it: both sections still hold its guidance', async () => {
    const template = fromTemplate();
    const result = await readiness(template);
    assert.deepEqual(result, { proposal: true, missing: [], unwritten: ['Proposal', 'Expected impact'], ready: false });
    assert.equal(describeUnwritten(result), '"Proposal" and "Expected impact" are not written yet (empty, or still the template\'s text).');
  });

  it('is not ready with one section written and the other still the template', async () => {
    const half = writeUnder(fromTemplate(), 'Proposal', 'Audit every fall on the ward for three months.');
    assert.deepEqual((await readiness(half)).unwritten, ['Expected impact']);
  });

  it('is ready once both sections are written, and says nothing is left', async () => {
    const written = writeUnder(writeUnder(fromTemplate(), 'Proposal', 'Audit every fall on the ward for three months.'), 'Expected impact', 'Fewer falls, counted monthly.');
    const result = await readiness(written);
    assert.equal(result.ready, true);
    assert.equal(describeUnwritten(result), undefined);
  });

  it('is not ready while the guidance is left beside new text', async () => {
    const both = fromTemplate().replace('## Expected impact\n\n', '## Expected impact\n\nFewer falls, counted monthly.\n\n');
    const written = writeUnder(both, 'Proposal', 'Audit every fall on the ward for three months.');
    assert.deepEqual((await readiness(written)).unwritten, ['Expected impact']);
  });

  it('counts an empty section, or one holding only a comment, as not written; a subsection\'s text as written', async () => {
    assert.deepEqual((await readiness(action([], ['## Proposal', '', '## Expected impact', 'Fewer falls.']))).unwritten, ['Proposal']);
    assert.deepEqual((await readiness(action([], ['## Proposal', '<!-- later -->', '## Expected impact', 'Fewer falls.']))).unwritten, ['Proposal']);
    assert.equal((await readiness(action([], ['## Proposal', '### Scope', 'Two wards.', '## Expected impact', 'Fewer falls.']))).ready, true);
  });

  it('reports a missing section, and is never ready for an action that is not proposed', async () => {
    const result = await readiness(action([], ['## Proposal', 'Audit falls.']));
    assert.deepEqual(result.missing, ['Expected impact']);
    assert.equal(describeUnwritten(result), '"Expected impact" is missing.');
    assert.deepEqual(await readiness(decidedAction()), { proposal: false, missing: [], unwritten: [], ready: false });
  });
});
