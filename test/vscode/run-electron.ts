// npm run test:electron: the same extension-host suites as npm run test:vscode,
// in desktop VS Code through @vscode/test-electron. It downloads VS Code, so it
// needs internet access (CI here has none and uses test:vscode instead).
// Like run.ts, it opens a temporary copy of each session's fixture.
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { copyFixture, makeTempDir, removeDir } from '../harness/temp';

const repoRoot = process.cwd();
/** Keep in step with SESSIONS in run.ts. */
const SESSIONS = [{ name: 'kitchen-sink', fixture: 'test/fixtures/networks/kitchen-sink' }];

async function main(): Promise<void> {
  let failed = 0;
  for (const session of SESSIONS) {
    const temp = makeTempDir(`netgov-electron-${session.name}`);
    try {
      const workspace = copyFixture(join(repoRoot, session.fixture), temp);
      await runTests({
        version: process.env.NETGOV_VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: join(repoRoot, 'out/test/vscode/index.js'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${join(temp, 'user-data')}`],
      });
    } catch (error) {
      failed++;
      console.error(`[${session.name}] failed: ${(error as Error).message}`);
    } finally {
      removeDir(temp);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
