import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

/** Debian's Chromium (`.ci/run` installs it): Playwright's own browser downloads are not used. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless, and quiet on the network: without the background-networking flags Chromium keeps
 * calling Google's hosts, which a closed CI network refuses many at a time.
 */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/** Builds the console as `npm run build:console` does, into a folder of the test's own; returns it. */
export async function buildConsole(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'accord-console-'));
  await run(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', join(ROOT, 'apps', 'console', 'vite.config.mts'), '--outDir', out, '--logLevel', 'warn'], {
    cwd: ROOT,
    // Jest runs with NODE_ENV=test, which Vite would keep, and build React for development.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return out;
}

/** The serious and critical axe-core violations of the page as it is now (WCAG 2.2 A and AA rules). */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}
