import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HealthReport } from '../../src/core/health/report';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';

const TODAY = '2026-11-27';
const EXAMPLE = fromRoot('examples/north-east-frailty-network');

function run(args: string[], cwd = fromRoot('.')): Promise<CliRun> {
  return runInProcess(args, { cwd: cwd, today: TODAY });
}

describe('netgov health', function () {
  this.timeout(20000);

  it('measures the example network: eight dimensions, a 24-month trend, findings with evidence that exists and a question', async () => {
    const { code, stdout, stderr } = await run(['health', EXAMPLE, '--format', 'json']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const { networks } = JSON.parse(stdout) as { networks: HealthReport[] };
    assert.equal(networks.length, 1);
    const report = networks[0]!;
    assert.equal(report.asOf, TODAY);
    assert.deepEqual(report.dimensions.map((d) => d.dimension), ['purpose', 'leadership', 'participation', 'connectivity', 'governance', 'delivery', 'communication', 'inclusion']);
    assert.equal(report.trend.length, 25);
    assert.equal(report.trend.at(-1)!.date, TODAY);
    assert.equal(report.trend.at(-1)!.score, report.score);
    for (const finding of report.findings) {
      assert.ok(finding.status === 'at-risk' || finding.status === 'watch', finding.id);
      assert.ok(finding.question.length > 10, finding.id);
      for (const evidence of finding.evidence) assert.ok(existsSync(join(EXAMPLE, evidence.relative)), evidence.relative);
    }
  });

  it('states what a working tie is, in one line, in every format', async () => {
    const line = 'Working ties: two members are tied when they own or contribute to the same action, or sit in the same meeting of at most 12 people, in the 12 months to 27 Nov 2026 (agreed work still open counts however old).';
    const text = (await run(['health', EXAMPLE, '--months', '1'])).stdout;
    assert.ok(text.split('\n').includes(line), 'text');
    const markdown = (await run(['health', EXAMPLE, '--months', '1', '--format', 'md'])).stdout;
    assert.ok(markdown.split('\n').includes(line), 'md');
    const json = JSON.parse((await run(['health', EXAMPLE, '--months', '1', '--format', 'json'])).stdout) as { networks: HealthReport[] };
    assert.deepEqual(json.networks[0]!.ties, { meetingSize: 12, months: 12, definition: line });
    const html = (await run(['health', EXAMPLE, '--months', '1', '--format', 'html'])).stdout;
    assert.ok(html.includes(`<p class="how-to-read tie-definition">${line}</p>`), 'html');
  });

  it('never calls the example healthy overall while leadership and inclusion are at risk, and says why in every format', async () => {
    const why = 'watch, not healthy, while dimensions are at risk: Distributed, time-limited leadership and Inclusion and representation';
    const text = (await run(['health', EXAMPLE, '--months', '1'])).stdout;
    assert.match(text, /^ {2}Overall +\d+ {2}watch /m);
    assert.ok(text.includes(`Overall ${why}; based on`), 'text');
    const markdown = (await run(['health', EXAMPLE, '--months', '1', '--format', 'md'])).stdout;
    assert.ok(markdown.includes(`Overall **${why}**; based on`), 'md');
    const json = JSON.parse((await run(['health', EXAMPLE, '--months', '1', '--format', 'json'])).stdout) as { networks: HealthReport[] };
    assert.equal(json.networks[0]!.status, 'watch');
    assert.ok(json.networks[0]!.score! >= 75, 'the score alone would read healthy');
    const html = (await run(['health', EXAMPLE, '--months', '1', '--format', 'html'])).stdout;
    assert.ok(html.includes(`<strong>${why}</strong>; based on`), 'html');
  });

  it('shows each outcome against its target in every format: purpose on watch with 4 of 5 outcomes off track', async () => {
    const json = JSON.parse((await run(['health', EXAMPLE, '--months', '1', '--format', 'json'])).stdout) as { networks: HealthReport[] };
    const report = json.networks[0]!;
    assert.deepEqual(report.outcomes.map((o) => `${o.id} ${o.verdict}`), ['fewer-falls-admissions off-track', 'care-home-conveyances on-track', 'discharge-home-first off-track', 'frailty-care-plans off-track', 'confident-workforce off-track']);
    const purpose = report.dimensions.find((d) => d.dimension === 'purpose')!;
    assert.equal(purpose.status, 'watch');
    assert.equal(purpose.items.find((item) => item.id === 'outcomes-on-track')?.status, 'at-risk');
    const text = (await run(['health', EXAMPLE, '--months', '1'])).stdout;
    assert.ok(text.includes('\nOutcomes (5): 1 on track, 4 off track\n'), 'text');
    assert.match(text, /\n {2}off track {7}Staff feel skilled and confident in frailty care .* latest 163 on 2026-09-30 \(median 130, target 600 by 2027-03-31\)\n/);
    const markdown = (await run(['health', EXAMPLE, '--months', '1', '--format', 'md'])).stdout;
    assert.ok(markdown.includes('## Outcomes (1 on track, 4 off track)'), 'md');
    assert.match(markdown, /\| \[Fewer avoidable ambulance journeys from care homes\]\(PURPOSE\.md#L\d+\) \| \S+ \| 17 \(30 Sep 2026\) \| 18\.5 \| 16 by 31 Mar 2027 \| \*\*on track\*\* \| a trend: 6 points in a row falling \(30 Jun 2024 to 30 Sep 2026\), towards the target \|/);
    const html = (await run(['health', EXAMPLE, '--months', '1', '--format', 'html'])).stdout;
    assert.equal(html.match(/<svg class="run-chart"/g)?.length, 5, 'html: a run chart per outcome');
  });

  it('gives the same answer every time', async () => {
    const first = await run(['health', EXAMPLE, '--format', 'md']);
    const second = await run(['health', EXAMPLE, '--format', 'md']);
    assert.equal(first.stdout, second.stdout);
    assert.match(first.stdout, /^# North East Frailty Improvement Network: network health$/m);
    assert.match(first.stdout, /^\| Dimension \| Score \| Status \| Trend \| Known \|$/m);
  });

  it('measures the network as it was on an earlier date', async () => {
    const { stdout } = await run(['health', EXAMPLE, '--format', 'json', '--as-of', '2025-06-30', '--months', '6']);
    const report = (JSON.parse(stdout) as { networks: HealthReport[] }).networks[0]!;
    assert.equal(report.asOf, '2025-06-30');
    assert.deepEqual(report.trend.map((p) => p.date), ['2024-12-31', '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30']);
    assert.ok(report.pulses.every((p) => p.date <= '2025-06-30'));
  });

  it('finds the network from a folder inside it', async () => {
    const { code, stdout } = await run(['health', '--months', '0'], join(EXAMPLE, 'members'));
    assert.equal(code, 0);
    assert.match(stdout, /^North East Frailty Improvement Network: health as of 27 Nov 2026$/m);
    assert.match(stdout, /^What to talk about: \d+ at risk, \d+ to watch$/m);
  });

  it('measures one area with --area: its own actions, meetings and members, and says what it rests on', async () => {
    const { code, stdout, stderr } = await run(['health', EXAMPLE, '--format', 'json', '--area', 'falls-prevention', '--months', '3']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const report = (JSON.parse(stdout) as { networks: HealthReport[] }).networks[0]!;
    // Counted here from the files themselves, independently of the code under test.
    const inArea = (folder: string): string[] => readdirSync(join(EXAMPLE, folder)).filter((file) => /^area: falls-prevention$/m.test(readFileSync(join(EXAMPLE, folder, file), 'utf8')));
    assert.deepEqual(report.area, { id: 'falls-prevention', title: 'Falls prevention', members: report.area?.members, actions: inArea('actions').length, meetings: inArea('meetings').length, pulses: readdirSync(join(EXAMPLE, 'pulses')).length });
    assert.ok(report.area!.members > 3 && report.area!.members < 41, `${report.area!.members} members`);
    // Every action or meeting behind a finding is the area's; every role behind a leadership finding is held in the area.
    for (const finding of report.findings) {
      for (const evidence of finding.evidence) {
        if (/^(actions|meetings)\//.test(evidence.relative)) assert.match(readFileSync(join(EXAMPLE, evidence.relative), 'utf8'), /^area: falls-prevention$/m, `${finding.id}: ${evidence.relative}`);
        if (finding.dimension === 'leadership' && finding.type === 'indicator' && /role/.test(evidence.note)) assert.match(evidence.note, /falls-prevention/, `${finding.id}: ${evidence.note}`);
      }
    }
    assert.deepEqual(report.mirror, []);
    const text = await run(['health', EXAMPLE, '--area', 'falls-prevention', '--months', '0']);
    assert.match(text.stdout, /^North East Frailty Improvement Network · Falls prevention: health as of 27 Nov 2026$/m);
    assert.match(text.stdout, new RegExp(`^Area: Falls prevention \\(falls-prevention\\)\\. Rests on the area's ${report.area!.members} member pages, ${report.area!.actions} actions and ${report.area!.meetings} meetings, with the whole network's charter, purpose and 4 temperature checks`, 'm'));
  });

  it('refuses an area the charter does not list, naming the areas it does', async () => {
    const { code, stdout, stderr } = await run(['health', EXAMPLE, '--area', 'falls']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, "netgov health: unknown --area 'falls': the areas of the network in examples/north-east-frailty-network are falls-prevention, care-homes, hospital-discharge, frailty-identification, workforce-learning\n");
  });

  it('says in one line what is wrong with how it was called', async () => {
    const cases: [string[], RegExp][] = [
      [['health', EXAMPLE, '--format', 'sarif'], /^netgov health: unknown --format 'sarif': use text, md, json or html\n$/],
      [['health', EXAMPLE, '--as-of', '2026-02-30'], /^netgov health: --as-of needs a date written YYYY-MM-DD, not '2026-02-30'\n$/],
      [['health', EXAMPLE, '--months', 'many'], /^netgov health: --months needs a whole number from 0 to 999, not 'many'\n$/],
      [['health', fromRoot('src')], /^netgov health: no network found in .*src: a network is a folder holding CHARTER\.md/],
      [['health', EXAMPLE, '--as-of', '2026-13-45'], /^netgov health: --as-of needs a date written YYYY-MM-DD, not '2026-13-45'\n$/],
      [['health', EXAMPLE, '--as-of'], /^netgov health: --as-of needs a value: see netgov health --help\n$/],
      [['health', EXAMPLE, '--format'], /^netgov health: --format needs a value: see netgov health --help\n$/],
      [['health', EXAMPLE, '--max-warnings', '-1'], /^netgov health: unknown option --max-warnings: see netgov health --help\n$/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
  });

  it('refuses a day before the network existed, saying so in one line, and writes nothing', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'netgov-health-'));
    try {
      const output = join(tmp, 'report.html');
      for (const format of ['text', 'json', 'html']) {
        const { code, stdout, stderr } = await run(['health', EXAMPLE, '--as-of', '1900-01-01', '--format', format, '--output', output]);
        assert.deepEqual(
          { code, stdout, stderr },
          {
            code: 2,
            stdout: '',
            stderr:
              "netgov health: the network in examples/north-east-frailty-network did not exist yet on 1900-01-01 (its charter says it was established on 2023-03-01), so there is nothing to measure: give a later --as-of, or check the charter's `established`\n",
          },
          format,
        );
      }
      assert.deepEqual(readdirSync(tmp), []);
      const firstDay = await run(['health', EXAMPLE, '--as-of', '2023-03-01', '--months', '0']);
      assert.equal(firstDay.code, 0, firstDay.stderr);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
