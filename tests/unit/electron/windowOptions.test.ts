import { describe, expect, it } from 'vitest';
import { appWebPreferences, blockDevTools } from '../../../electron/app/windowOptions';

describe('window options', () => {
  it('locks the renderer down, with no plugins, in every build', () => {
    for (const isPackaged of [true, false]) {
      const prefs = appWebPreferences({ preload: '/app/dist-electron/preload.cjs', isPackaged });
      expect(prefs).toMatchObject({
        preload: '/app/dist-electron/preload.cjs',
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        sandbox: true,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      });
      expect(prefs.plugins).toBe(false);
    }
  });

  it('has DevTools in development only', () => {
    expect(appWebPreferences({ preload: 'p', isPackaged: true }).devTools).toBe(false);
    expect(appWebPreferences({ preload: 'p', isPackaged: false }).devTools).toBe(true);
  });

  it('closes DevTools that open anyway in a packaged build, and leaves development alone', () => {
    const make = () => {
      const listeners: Record<string, () => void> = {};
      const target = { closed: 0, on: (e: string, f: () => void) => void (listeners[e] = f), closeDevTools: () => void target.closed++ };
      return { target, listeners };
    };
    const packaged = make();
    blockDevTools(packaged.target, true);
    packaged.listeners['devtools-opened']?.();
    expect(packaged.target.closed).toBe(1);
    const dev = make();
    blockDevTools(dev.target, false);
    expect(dev.listeners['devtools-opened']).toBeUndefined();
  });
});
