// Debian's chromium, driven by playwright-core, for the VS Code web client.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.NETGOV_CHROMIUM ?? '/usr/bin/chromium';

/** Switches that keep a headless chromium quiet and offline. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter',
];

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** A fresh, headless browser with its own profile folder, and its first page. */
export async function launchBrowser(profileDir: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/setup-vscode-server.sh (it installs Debian's chromium)`);
  mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  return {
    context,
    page,
    async close() {
      if (closed) return;
      closed = true;
      // A hung browser must not hang the run: give up on a graceful close after 15 s.
      await Promise.race([context.close().catch(() => undefined), new Promise((done) => setTimeout(done, 15_000).unref())]);
    },
  };
}
