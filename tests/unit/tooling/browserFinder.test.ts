import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE } from '../../e2e/browser';

/** `npm test` on a fresh machine: which browser the end-to-end tests take (tests/e2e/browser.ts). */
describe('browser finder', () => {
  const none = () => false;

  it('takes BANSO_CHROMIUM first, then the system Chromium', () => {
    expect(findBrowser({ BANSO_CHROMIUM: '/opt/c/chrome' }, 'linux', () => true)).toMatchObject({ executablePath: '/opt/c/chrome' });
    expect(findBrowser({}, 'linux', (p) => p === '/usr/bin/chromium-browser')).toMatchObject({ executablePath: '/usr/bin/chromium-browser' });
  });

  it('uses Chrome or Edge through Playwright channels where they are installed', () => {
    const win = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
    expect(findBrowser(win, 'win32', (p) => p.endsWith('msedge.exe'))).toMatchObject({ channel: 'msedge' });
    expect(findBrowser(win, 'win32', (p) => p.startsWith('C:\\Users') && p.endsWith('chrome.exe'))).toMatchObject({ channel: 'chrome' });
    expect(findBrowser({}, 'darwin', (p) => p.includes('Google Chrome.app'))).toMatchObject({ channel: 'chrome' });
    expect(findBrowser({}, 'linux', (p) => p === '/opt/microsoft/msedge/msedge')).toMatchObject({ channel: 'msedge' });
  });

  it('says in one line what to install', () => {
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium.*Google Chrome.*Microsoft Edge.*npx playwright install chromium/);
    // Without any of them (and without Playwright's own download) there is nothing to find.
    const found = findBrowser({}, 'linux', none);
    if (found) expect(found.label).toMatch(/Playwright's Chromium/);
  });
});
