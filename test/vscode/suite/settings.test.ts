// The settings netgov contributes, its walkthrough, and the health panel's
// live redraw, each exercised in a real VS Code on the kitchen-sink fixture.
// Every wait is on a condition (the editor's diagnostics, the service's
// networks, the panel's posted page), never on a fixed time.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { HealthPanel } from '../../../src/extension/health-panel';
import { activate, cliDiagnostics, codeValue, editorDiagnostics, netgovDiagnostics, repoRoot, waitFor, workspaceRoot } from './helpers';

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('netgov');

async function settle(root: vscode.Uri, what: string): Promise<void> {
  const expected = cliDiagnostics(root.fsPath);
  await waitFor(() => JSON.stringify(editorDiagnostics(root)) === JSON.stringify(expected), 60_000, `${what}: the editor did not come back to the CLI's ${expected.length} diagnostics`);
}

describe('settings', () => {
  let api: NetworkApi;
  let root: vscode.Uri;

  before(async () => {
    api = (await activate()) as NetworkApi;
    root = workspaceRoot();
    await settle(root, 'before the settings tests');
  });

  afterEach(async () => {
    await config().update('severityOverrides', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('netgov.severityOverrides switches a rule off and raises another to error, in the editor only', async () => {
    // Rule codes only (the ones `netgov check` reports): health findings have their own setting.
    const ruleCodes = new Set(cliDiagnostics(root.fsPath).map((d) => d.code));
    const byCode = new Map<string, vscode.DiagnosticSeverity[]>();
    for (const [, d] of netgovDiagnostics()) if (ruleCodes.has(codeValue(d.code))) byCode.set(codeValue(d.code), [...(byCode.get(codeValue(d.code)) ?? []), d.severity]);
    const warningCode = [...byCode].find(([, severities]) => severities.every((s) => s === vscode.DiagnosticSeverity.Warning))?.[0];
    const otherCode = [...byCode.keys()].find((code) => code !== warningCode);
    assert.ok(warningCode && otherCode, `the kitchen sink should have a warning-only rule and another; it has ${[...byCode.keys()].join(', ')}`);
    const before = netgovDiagnostics().length;
    const raised = byCode.get(warningCode)!.length;
    const silenced = byCode.get(otherCode)!.length;

    await config().update('severityOverrides', { [warningCode]: 'error', [otherCode]: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => {
      const now = netgovDiagnostics();
      const mine = now.filter(([, d]) => codeValue(d.code) === warningCode);
      return now.length === before - silenced && mine.length === raised && mine.every(([, d]) => d.severity === vscode.DiagnosticSeverity.Error);
    }, 60_000, () => `the overrides were not applied: ${netgovDiagnostics().length} diagnostics (expected ${before - silenced})`);
    assert.equal(netgovDiagnostics().filter(([, d]) => codeValue(d.code) === otherCode).length, 0, `${otherCode} is still shown`);
    // The command line follows netgov.yml alone: it still reports the rule switched off here.
    assert.ok(cliDiagnostics(root.fsPath).some((d) => d.code === otherCode), 'the CLI should not see an editor setting');

    await config().update('severityOverrides', undefined, vscode.ConfigurationTarget.Workspace);
    await settle(root, 'after removing the overrides');
  });

  it('a network moved into the workspace as a whole folder is found; netgov.exclude keeps netgov from finding a network in an excluded folder, and finds it again when the pattern goes', async () => {
    const folder = join(root.fsPath, 'archive', 'old-network');
    const uri = vscode.Uri.file(folder);
    // Made beside the workspace and moved in whole, as a copy or an unpacked archive arrives: VS Code then
    // reports the new folder alone, never the CHARTER.md inside it.
    const staging = mkdtempSync(join(dirname(root.fsPath), 'staging-'));
    mkdirSync(join(staging, 'members'), { recursive: true });
    mkdirSync(join(root.fsPath, 'archive'));
    try {
      writeFileSync(join(staging, 'CHARTER.md'), readFileSync(join(root.fsPath, 'CHARTER.md')));
      writeFileSync(join(staging, 'members', 'ex-member.md'), '---\nname: Ex Member\nfavourite_colour: teal\n---\n');
      renameSync(staging, folder);
      const found = (): boolean => api.service.networks().some((entry) => entry.root.path === uri.path);
      const onArchive = (): number => netgovDiagnostics().filter(([file]) => file.path.startsWith(`${uri.path}/`)).length;
      await waitFor(found, 60_000, () => `netgov did not find the network in archive/old-network; it knows ${api.service.networks().map((entry) => entry.root.path).join(', ')}`);
      await waitFor(() => onArchive() > 0, 60_000, 'the archived network has no diagnostics to hide');

      await config().update('exclude', ['archive/**'], vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !found() && onArchive() === 0, 60_000, () => `archive/** is excluded, yet ${onArchive()} diagnostics remain there`);
      assert.ok(api.service.networks().some((entry) => entry.root.path === root.path), 'excluding archive/** lost the workspace network too');

      await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(found, 60_000, 'the network did not come back when the pattern was removed');
    } finally {
      await config().update('exclude', ['archive/**'], vscode.ConfigurationTarget.Workspace);
      rmSync(join(root.fsPath, 'archive'), { recursive: true, force: true });
      rmSync(staging, { recursive: true, force: true });
      await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !api.service.networks().some((entry) => entry.root.path === uri.path), 60_000, 'the archived network stayed after its folder was deleted');
    }
    await settle(root, 'after the exclude test');
  });
});

describe('one count', () => {
  it('"Run checks" reports exactly the netgov entries the Problems view holds: rule diagnostics by severity, health findings apart', async () => {
    await activate();
    await config().update('health.diagnostics', 'watch', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => vscode.languages.getDiagnostics().some(([, list]) => list.some((d) => d.source === 'netgov health')), 60_000, 'no health finding was shown on a document');
      const counts = await vscode.commands.executeCommand<{ errors: number; warnings: number; infos: number; findings: number }>('netgov.runChecks');
      const all = vscode.languages.getDiagnostics().flatMap(([, list]) => list);
      const rules = all.filter((d) => d.source === 'netgov');
      assert.deepEqual(counts, {
        errors: rules.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
        warnings: rules.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
        infos: rules.filter((d) => d.severity >= vscode.DiagnosticSeverity.Information).length,
        findings: all.filter((d) => d.source === 'netgov health').length,
      });
      assert.ok(counts.findings > 0 && counts.errors > 0, JSON.stringify(counts));
    } finally {
      await config().update('health.diagnostics', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

describe('walkthrough', () => {
  interface Step { readonly id: string; readonly description: string; readonly media: { readonly markdown?: string }; readonly completionEvents?: readonly string[]; readonly when?: string }
  const manifest = (): { contributes: { walkthroughs: { steps: Step[] }[] } } => JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));

  it('every step links and completes on a command that exists, and its page is in the package', async () => {
    await activate();
    const commands = new Set(await vscode.commands.getCommands(true));
    const steps = manifest().contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
    assert.ok(steps.length >= 3, `expected the walkthrough's steps, found ${steps.length}`);
    for (const step of steps) {
      const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]!);
      assert.ok(linked.length > 0, `step ${step.id} links no command`);
      const events = step.completionEvents ?? [];
      for (const command of [...linked, ...events.filter((event) => event.startsWith('onCommand:')).map((event) => event.slice('onCommand:'.length))]) {
        assert.ok(commands.has(command), `step ${step.id}: command ${command} is not registered`);
      }
      // Context keys a step waits on or is shown by are ones netgov sets.
      for (const key of [...events.filter((event) => event.startsWith('onContext:')).map((event) => event.slice('onContext:'.length)), ...(step.when ? [step.when.replace(/^!/, '')] : [])]) {
        assert.equal(key, 'netgov.hasNetwork', `step ${step.id}: netgov sets no context key ${key}`);
      }
      assert.ok(step.media.markdown && existsSync(join(repoRoot(), step.media.markdown)), `step ${step.id}: its page ${step.media.markdown} is missing`);
    }
  });

  it('fits the workspace: with a network it starts from checking it, without one from initialising one; health and pull requests are steps', () => {
    const steps = manifest().contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
    const shown = (hasNetwork: boolean): string[] => steps.filter((step) => step.when === undefined || (step.when === 'netgov.hasNetwork') === hasNetwork).map((step) => step.id);
    assert.deepEqual(shown(true), ['check', 'diagnostics', 'health', 'propose', 'pullRequests']);
    assert.deepEqual(shown(false), ['initialise', 'diagnostics', 'health', 'propose', 'pullRequests']);
    assert.ok(steps.find((step) => step.id === 'initialise')?.completionEvents?.includes('onContext:netgov.hasNetwork'), 'initialising is not done once a network is there');
  });
});

describe('health panel, live', () => {
  let panel: HealthPanel | undefined;
  after(async () => {
    panel?.dispose();
    rmSync(join(workspaceRoot().fsPath, 'PURPOSE.md'), { force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('redraws when a document changes: a purpose written on disk takes "no purpose document" away, and deleting it brings it back', async () => {
    const api = (await activate()) as NetworkApi;
    const root = workspaceRoot();
    const entry = api.service.networks().find((candidate) => candidate.root.path === root.path) ?? api.service.networks()[0]!;
    panel = (await vscode.commands.executeCommand<HealthPanel>('netgov.showHealth', { network: entry.root.toString() }))!;
    const missing = 'There is no purpose document.';
    await waitFor(() => panel!.shownMain()?.includes(missing), 60_000, 'the panel never showed that the fixture has no purpose document');
    const purpose = join(root.fsPath, 'PURPOSE.md');
    writeFileSync(purpose, '---\npurpose: Test that the panel redraws when documents change.\noutcomes: []\n---\n\n# Purpose\n');
    await waitFor(() => panel!.shownMain() !== undefined && !panel!.shownMain()!.includes(missing), 60_000, 'the panel did not redraw after PURPOSE.md was written');
    rmSync(purpose);
    await waitFor(() => panel!.shownMain()?.includes(missing), 60_000, 'the panel did not redraw after PURPOSE.md was deleted');
  });
});
