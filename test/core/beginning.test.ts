import assert from 'node:assert/strict';
import { builtInChecklist } from '../../src/core/health/checklist';
import { buildPanelData } from '../../src/core/health/panel-data';
import { buildHealthReport } from '../../src/core/health/report';
import { beginningOf, notYetBegun } from '../../src/core/model/beginning';
import { renderHealthMain } from '../../src/webview/render/page';
import { charterWith, memberPage, networkOf } from './health/health-fixtures';
import { md } from './network-builder';

describe('when a network began (model/beginning.ts)', () => {
  it('says a day before the charter\'s established date is before the network existed', () => {
    assert.deepEqual(notYetBegun({ established: '2023-03-01', joined: ['2023-03-01'] }, '1900-01-01'), {
      because: 'the network did not exist yet on 1900-01-01 (its charter says it was established on 2023-03-01)',
      check: "the charter's `established`",
    });
    assert.equal(notYetBegun({ established: '2023-03-01', joined: ['2023-03-01'] }, '2023-03-01'), undefined);
  });

  it('says a day before the first member joined had no members yet, naming the network as asked', () => {
    assert.deepEqual(notYetBegun({ established: '2020-01-01', joined: ['2024-05-01', '2024-02-01'] }, '2024-01-31', 'the network in north'), {
      because: 'no member of the network in north had joined yet on 2024-01-31 (the first joined on 2024-02-01)',
      check: "the members' `joined` dates",
    });
    assert.equal(notYetBegun({ established: undefined, joined: ['2024-05-01', '2024-02-01'] }, '2024-02-01'), undefined);
  });

  it('does not guess when nothing says the network was empty: no member pages, or one without a join date', () => {
    assert.equal(notYetBegun({ established: undefined, joined: [] }, '1900-01-01'), undefined);
    assert.equal(notYetBegun({ established: undefined, joined: ['2024-02-01', undefined] }, '1900-01-01'), undefined);
  });

  it('reads the charter and the member pages of a loaded network', async () => {
    const network = await networkOf({ 'CHARTER.md': charterWith(), 'members/ann-ray.md': memberPage('Ann Ray', '2024-02-01'), 'members/bo-li.md': md(['name: Bo Li']) });
    assert.deepEqual({ ...beginningOf(network), joined: [...beginningOf(network).joined].sort() }, { established: '2024-01-01', joined: ['2024-02-01', undefined] });
  });

  it('makes the health report (and so the panel) say so instead of scoring an empty network', async () => {
    const network = await networkOf({ 'CHARTER.md': charterWith(), 'members/ann-ray.md': memberPage('Ann Ray', '2024-02-01') });
    const checklist = builtInChecklist();
    const before = buildHealthReport(network, checklist, { asOf: '1900-01-01', present: '2026-11-27', trendMonths: 0 });
    assert.equal(before.notYetBegun, "the network did not exist yet on 1900-01-01 (its charter says it was established on 2024-01-01); choose a later date, or check the charter's `established`");
    assert.equal(buildHealthReport(network, checklist, { asOf: '2024-01-15', present: '2026-11-27', trendMonths: 0 }).notYetBegun, "no member of the network had joined yet on 2024-01-15 (the first joined on 2024-02-01); choose a later date, or check the members' `joined` dates");
    assert.equal(buildHealthReport(network, checklist, { asOf: '2024-02-01', present: '2026-11-27', trendMonths: 0 }).notYetBegun, undefined);

    const html = renderHealthMain(buildPanelData(network, checklist, { asOf: '1900-01-01', present: '2026-11-27', trendMonths: 0 }), 'panel');
    assert.match(html, /<p class="not-yet-begun" role="status">Nothing to measure: the network did not exist yet on 1900-01-01 \(its charter says it was established on 2024-01-01\); choose a later date, or check the charter&#39;s `established`\.<\/p>$/);
    assert.doesNotMatch(html, /how-to-read|<section/);
  });
});
