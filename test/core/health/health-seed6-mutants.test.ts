import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { loadNetwork } from '../../../src/core/check';
import { draftAgenda } from '../../../src/core/health/agenda';
import { builtInChecklist, readChecklist, type Checklist } from '../../../src/core/health/checklist';
import { evaluateHealth } from '../../../src/core/health/evaluate';
import { loadNetworkChecklist } from '../../../src/core/health/network-checklist';
import { buildPanelData } from '../../../src/core/health/panel-data';
import { MemoryWorkspace } from '../../helpers/memory-workspace';
import { md } from '../network-builder';
import { ROOT, charterWith, memberPage, networkOf } from './health-fixtures';

const DAY = '2026-11-27';
const EMPTY: Checklist = { id: 'none', items: [] };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('health: seed 6 mutants (agenda, checklist, panel data)', () => {
  it('lists proposals waiting for a decision oldest first, whatever their ids', async () => {
    const network = await networkOf({
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann'),
      'actions/a-late.md': md(['title: Late', 'status: proposed', 'proposed: 2026-11-20', 'proposed_by: ann']),
      'actions/b-early.md': md(['title: Early', 'status: proposed', 'proposed: 2026-10-01', 'proposed_by: ann']),
    });
    const draft = draftAgenda(evaluateHealth(network, EMPTY, { asOf: DAY, present: DAY }), { date: '2026-12-03' });
    assert.deepEqual(draft.proposals.map((p) => [p.id, p.proposed]), [['b-early', '2026-10-01'], ['a-late', '2026-11-20']]);
  });

  describe('checklist files', () => {
    it('names the checklist document after its file, without folder or extension', () => {
      assert.equal(readChecklist('checklists/mine.yml', encode('id: other\nitems: []\n')).document.id, 'mine');
    });

    it('points an incomplete new question at its `question` key', () => {
      const lines = ['id: mine', 'items:', '  - id: my-question', '    dimension: purpose', '    title: My question', '    why: Because.', '    improve: Do better.', '    type: question', '    question:', '      text: Is it clear?', '      healthy: 4', ''];
      const { findings } = readChecklist('checklists/mine.yml', encode(lines.join('\n')), { base: builtInChecklist() });
      assert.deepEqual(findings.map((f) => [f.code, f.range, f.message, f.data]), [
        ['checklist.incomplete-item', { start: { line: 8, character: 4 }, end: { line: 8, character: 12 } }, 'The question `my-question` needs `watch`.', { path: ['items', 0, 'question'], missing: ['watch'] }],
      ]);
    });

    it('says how large a checklist may be when netgov.yml names one too large to read', async () => {
      const workspace = new MemoryWorkspace();
      workspace.write(posix.join(ROOT, 'CHARTER.md'), charterWith());
      workspace.write(posix.join(ROOT, 'netgov.yml'), 'health:\n  checklist: big.yml\n');
      workspace.write(posix.join(ROOT, 'big.yml'), `id: big\n# ${'x'.repeat(1024 * 1024)}\n`);
      const { network } = await loadNetwork(workspace, ROOT);
      const { diagnostics } = await loadNetworkChecklist(workspace, network);
      assert.deepEqual(diagnostics.map((d) => d.message), [
        'The checklist named in netgov.yml (health.checklist: big.yml) could not be read: it is larger than 1024 KB. The built-in checklist is used.',
      ]);
    });
  });

  describe('panel data: lead terms', () => {
    it('counts the unfinished term of a member who has left as past', async () => {
      const network = await networkOf({
        'CHARTER.md': charterWith(),
        'members/dan.md': memberPage('Dan', '2024-01-01', ['left: 2026-03-01', 'roles:', '  - role: lead', '    area: housing', '    from: 2025-01-01', '    until: 2027-06-30']),
      });
      const { leadership } = buildPanelData(network, EMPTY, { asOf: DAY, present: DAY, trendMonths: 2 });
      assert.deepEqual(leadership.rows.map((row) => [row.label, row.terms.map((t) => [t.name, t.until, t.state])]), [['housing', [['Dan', '2027-06-30', 'past']]]]);
    });
  });
});
