import assert from 'node:assert/strict';
import { type Checklist, type ChecklistItem } from '../../../src/core/health/checklist';
import { evaluateHealth } from '../../../src/core/health/evaluate';
import { healthToMarkdown } from '../../../src/core/health/format/markdown';
import { mirrorOf, ratingWords } from '../../../src/core/health/mirror';
import { buildHealthReport } from '../../../src/core/health/report';
import { healthToText } from '../../../src/cli/health-formats/text';
import { renderHealthMain } from '../../../src/webview/render/page';
import { buildPanelData } from '../../../src/core/health/panel-data';
import { md } from '../network-builder';
import { charterWith, memberPage, networkOf } from './health-fixtures';

/**
 * The mirror: members' ratings against the documents, dimension by dimension.
 * A small network whose lead roles are either held mostly by one person (at
 * risk) or spread over four people (healthy), with temperature checks whose
 * leadership answers are either high or low.
 */
const DAY = '2026-11-27';

function question(id: string, text: string): ChecklistItem {
  return { id, dimension: 'leadership', title: `Members on ${id}`, why: 'Why.', improve: 'Help.', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'question', question: { text, healthy: 4, watch: 3.2 } };
}

const TOP_HOLDER: ChecklistItem = {
  id: 'top-holder-share',
  dimension: 'leadership',
  title: 'Share of roles held by one person',
  why: 'Why.',
  improve: 'Help.',
  weight: 1,
  phaseWeights: { 'start-up': 1, ongoing: 1 },
  type: 'indicator',
  indicator: { name: 'top-holder-share', params: {}, thresholds: { direction: 'lower-is-better', healthy: 0.25, watch: 0.4 } },
};

const CHECKLIST: Checklist = { id: 'test', items: [TOP_HOLDER, question('leadership-facilitates', 'Leaders in the network facilitate rather than dominate.')] };

function lead(area: string): string[] {
  return ['  - role: lead', `    area: ${area}`, '    from: 2026-01-01', '    until: 2027-12-31'];
}

/** Four members; `concentrated`: Amara leads three of four areas (75%, at risk), else each leads one (25%, healthy). */
function members(concentrated: boolean): Record<string, string> {
  const areas = ['falls', 'discharge', 'care-homes', 'learning'];
  const holder = (i: number): number => (concentrated ? (i < 3 ? 0 : 1) : i);
  const names = ['Amara Okafor', 'Ben Ross', 'Cara Diaz', 'Dev Patel'];
  return Object.fromEntries(
    names.map((name, n) => {
      const mine = areas.filter((_, i) => holder(i) === n);
      return [`members/${name.split(' ')[0]!.toLowerCase()}.md`, memberPage(name, '2025-01-01', mine.length === 0 ? [] : ['roles:', ...mine.flatMap(lead)])];
    }),
  );
}

/** A temperature check: the leadership question's counts (1..5) and, optionally, a maturity rating for leadership. */
function pulse(counts: readonly number[], options: { respondents?: number; maturity?: number } = {}): string {
  const respondents = options.respondents ?? counts.reduce((a, b) => a + b, 0);
  return md([
    'date: 2026-09-30',
    'checklist: test',
    'invited: 30',
    `respondents: ${respondents}`,
    'questions:',
    '  leadership-facilitates:',
    `    counts: [${counts.join(', ')}]`,
    ...(options.maturity === undefined ? [] : ['maturity:', '  leadership:', `    current: ${options.maturity}`, '    target: 4']),
  ]);
}

const HIGH = [0, 0, 1, 6, 5]; // mean 4.3 from 12: healthy
const LOW = [3, 5, 3, 1, 0]; // mean 2.2 from 12: at risk
const FEW_HIGH = [0, 0, 0, 2, 2]; // 4 answers: suppressed, unknown

async function mirror(concentrated: boolean, survey: string | undefined, checklist = CHECKLIST) {
  const files: Record<string, string> = { 'CHARTER.md': charterWith(), ...members(concentrated) };
  if (survey) files['pulses/2026-q3.md'] = survey;
  const network = await networkOf(files);
  return { network, entries: mirrorOf(evaluateHealth(network, checklist, { asOf: DAY })) };
}

describe('health: mirror', () => {
  it('names the dimension when members rate it well and the documents show it at risk', async () => {
    const { entries } = await mirror(true, pulse(HIGH));
    assert.equal(entries.length, 1);
    const [entry] = entries;
    assert.equal(entry!.dimension, 'leadership');
    assert.equal(entry!.direction, 'members-higher');
    assert.equal(entry!.members.status, 'healthy');
    assert.equal(entry!.documents.status, 'at-risk');
    assert.deepEqual(entry!.members.parts.map((p) => [p.id, p.status, p.value, p.date]), [['leadership-facilitates', 'healthy', 'mean 4.3 of 5 from 12 answers', '2026-09-30']]);
    assert.deepEqual(entry!.documents.parts.map((p) => [p.id, p.status]), [['top-holder-share', 'at-risk']]);
    assert.match(entry!.documents.parts[0]!.summary, /Amara Okafor holds 3 of 4 lead roles/);
    assert.match(entry!.question, /^Members rate distributed, time-limited leadership well \(mean 4\.3 of 5 from 12 answers, 2026-09-30\), while the documents show it at risk \(share of roles held by one person\)/);
  });

  it('names the dimension the other way round: documents healthy, members rating it poorly', async () => {
    const { entries } = await mirror(false, pulse(LOW));
    assert.deepEqual(entries.map((e) => [e.dimension, e.direction, e.members.status, e.documents.status]), [['leadership', 'documents-higher', 'at-risk', 'healthy']]);
    assert.match(entries[0]!.question, /^The documents look healthy on distributed, time-limited leadership \(share of roles held by one person\), while members rate it poorly \(mean 2\.2 of 5/);
  });

  it('asks only about the checks on the documents\' side, listing the others first among the parts', async () => {
    // The same share judged leniently is healthy; the strict check weighs three times as much, so the documents are at risk.
    const strict: ChecklistItem = { ...TOP_HOLDER, weight: 3 };
    const lenient: ChecklistItem = { ...TOP_HOLDER, id: 'top-holder-lenient', title: 'Lenient share', indicator: { ...TOP_HOLDER.indicator, thresholds: { direction: 'lower-is-better', healthy: 0.8, watch: 0.9 } } };
    const { entries } = await mirror(true, pulse(HIGH), { id: 'test', items: [lenient, strict, CHECKLIST.items[1]!] });
    assert.deepEqual(entries.map((e) => [e.documents.status, e.documents.parts.map((p) => [p.id, p.status])]), [
      [
        'at-risk',
        [
          ['top-holder-share', 'at-risk'],
          ['top-holder-lenient', 'healthy'],
        ],
      ],
    ]);
    assert.match(entries[0]!.question, /, while the documents show it at risk \(share of roles held by one person\): what do members see/);
  });

  it('stays silent when members and documents agree', async () => {
    assert.deepEqual((await mirror(true, pulse(LOW))).entries, []);
    assert.deepEqual((await mirror(false, pulse(HIGH))).entries, []);
  });

  it('stays silent when the sides are only one level apart (watch against either)', async () => {
    // Mean 3.5: watch; documents at risk.
    assert.deepEqual((await mirror(true, pulse([0, 2, 4, 4, 2]))).entries, []);
  });

  it('stays silent when members have not said: no temperature check, or fewer than 5 answers', async () => {
    assert.deepEqual((await mirror(true, undefined)).entries, []);
    assert.deepEqual((await mirror(true, pulse(FEW_HIGH))).entries, []);
  });

  it('stays silent when the documents cannot say: no lead role at all', async () => {
    const network = await networkOf({ 'CHARTER.md': charterWith(), 'members/amara.md': memberPage('Amara Okafor'), 'pulses/2026-q3.md': pulse(HIGH) });
    assert.deepEqual(mirrorOf(evaluateHealth(network, CHECKLIST, { asOf: DAY })), []);
  });

  it('counts the maturity self-rating with the questions, only from a check at least 5 members took part in', async () => {
    // Only the maturity rating (the question suppressed): level 4 is healthy against documents at risk.
    const onlyMaturity = await mirror(true, pulse(FEW_HIGH, { respondents: 12, maturity: 4 }));
    assert.deepEqual(onlyMaturity.entries.map((e) => [e.direction, e.members.parts.map((p) => [p.kind, p.value])]), [['members-higher', [['maturity', 'level 4 of 5 (aiming for 4)']]]]);
    // The same rating from a check with 4 respondents says nothing.
    assert.deepEqual((await mirror(true, pulse(FEW_HIGH, { respondents: 4, maturity: 4 }))).entries, []);
    // A low self-rating pulls a high question down to watch (100 and 0: 50): no contrast left.
    assert.deepEqual((await mirror(true, pulse(HIGH, { maturity: 2 }))).entries, []);
  });

  it('appears in every format between the findings and the introductions, with the pulse located', async () => {
    const { network } = await mirror(true, pulse(HIGH));
    const options = { asOf: DAY, present: DAY, trendMonths: 0 };
    const report = buildHealthReport(network, CHECKLIST, options);
    assert.deepEqual(report.mirror.map((m) => [m.dimension, m.members.parts[0]!.evidence.relative, m.members.parts[0]!.evidence.range.start.line]), [['leadership', 'pulses/2026-q3.md', 7]]);
    const text = healthToText(report, { color: false });
    assert.match(text, /Mirror: members and documents disagree \(1\)\n\nDistributed, time-limited leadership: members rate it well; the documents show it at risk\n {2}Members say: healthy “Leaders in the network facilitate rather than dominate\.” mean 4\.3 of 5 from 12 answers \(temperature check of 2026-09-30\) {2}pulses\/2026-q3\.md:8\n {2}Documents show: at risk Share of roles held by one person: Amara Okafor holds 3 of 4/);
    const markdown = healthToMarkdown(report);
    assert.match(markdown, /^## Mirror: members and documents disagree$/m);
    assert.match(markdown, /^- Members say: .* \(\[pulses\/2026-q3\.md:8\]\(pulses\/2026-q3\.md#L8\)\)$/m);
    assert.ok(markdown.indexOf('## Mirror') > markdown.indexOf('## What to talk about'));
    const html = renderHealthMain(buildPanelData(network, CHECKLIST, options), 'report');
    assert.ok(html.indexOf('id="findings"') < html.indexOf('id="mirror"') && html.indexOf('id="mirror"') < html.indexOf('id="connections"'));
    assert.match(html, /<h4>What members say<\/h4>.*Leaders in the network facilitate.*<h4>What the documents show<\/h4>.*Share of roles held by one person/);
    assert.match(JSON.stringify(report), /"mirror":\[\{"dimension":"leadership","title":"Distributed, time-limited leadership","direction":"members-higher"/);
  });
});

describe('health: mirror rating words', () => {
  it('quotes a question without its trailing spaces, and names a maturity rating as such', () => {
    assert.equal(ratingWords({ kind: 'question', title: 'Leaders facilitate. \n', value: 'mean 4.2 of 5 from 14 answers', date: '2026-09-30' }), '“Leaders facilitate.” mean 4.2 of 5 from 14 answers (temperature check of 2026-09-30)');
    assert.equal(ratingWords({ kind: 'maturity', title: 'Maturity', value: 'level 3 of 5', date: '2026-09-30' }), 'Maturity self-rating level 3 of 5 (temperature check of 2026-09-30)');
  });
});
