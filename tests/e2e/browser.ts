/**
 * Finds a Chromium-family browser for the end-to-end tests and `npm run bench:ui`, in this order:
 * BANSO_CHROMIUM; the system Chromium (/usr/bin/chromium, chromium-browser); Google Chrome or
 * Microsoft Edge where installed (through Playwright's channels, as a Windows PC or a Mac has them);
 * Playwright's own Chromium where `npx playwright install chromium` could download it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

export type BrowserChoice = { label: string; executablePath: string; channel?: undefined } | { label: string; channel: 'chrome' | 'msedge'; executablePath?: undefined };

export const NO_BROWSER_MESSAGE =
  'npm test needs Chromium: apt-get install chromium (Debian/Ubuntu), or install Google Chrome / Microsoft Edge, or run npx playwright install chromium (or set BANSO_CHROMIUM=/path/to/chromium).';

/** Flags for every launch: no sandbox (containers, CI), no GPU, no network chatter. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Where Chrome and Edge install themselves (Playwright's channels look in the same places). */
function channelPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): { channel: 'chrome' | 'msedge'; file: string }[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...roots.map((r) => ({ channel: 'chrome' as const, file: path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe') })),
      ...roots.map((r) => ({ channel: 'msedge' as const, file: path.win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe') })),
    ];
  }
  if (platform === 'darwin') {
    return [
      { channel: 'chrome', file: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' },
      { channel: 'msedge', file: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge' },
    ];
  }
  return [
    { channel: 'chrome', file: '/opt/google/chrome/chrome' },
    { channel: 'msedge', file: '/opt/microsoft/msedge/msedge' },
  ];
}

function playwrightChromium(): string | undefined {
  try {
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** The browser to use, or undefined where this machine has none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = fs.existsSync): BrowserChoice | undefined {
  const given = env.BANSO_CHROMIUM?.trim();
  if (given) return { label: `BANSO_CHROMIUM (${given})`, executablePath: given };
  if (platform !== 'win32' && platform !== 'darwin') {
    const system = SYSTEM_CHROMIUM.find(exists);
    if (system) return { label: `system Chromium (${system})`, executablePath: system };
  }
  const installed = channelPaths(env, platform).find((c) => exists(c.file));
  if (installed) return { label: `${installed.channel === 'chrome' ? 'Google Chrome' : 'Microsoft Edge'} (${installed.file})`, channel: installed.channel };
  const bundled = playwrightChromium();
  if (bundled) return { label: `Playwright's Chromium (${bundled})`, executablePath: bundled };
  return undefined;
}

/** The browser, or exits with one line saying what to install. */
export function requireBrowser(): BrowserChoice {
  const found = findBrowser();
  if (!found) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  if (found.executablePath && !fs.existsSync(found.executablePath)) {
    console.error(`BANSO_CHROMIUM points to ${found.executablePath}, which does not exist. ${NO_BROWSER_MESSAGE}`);
    process.exit(1);
  }
  return found;
}
