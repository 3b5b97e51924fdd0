import type { WebContents, WebPreferences } from 'electron';

/**
 * The one window's web preferences (Electron's security checklist): an isolated, sandboxed renderer
 * without Node, plugins (the print preview draws the PDF with pdf.js) or <webview>, and DevTools only
 * in development — a packaged build cannot open them.
 */
export function appWebPreferences(opts: { preload: string; isPackaged: boolean }) {
  return {
    preload: opts.preload,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    plugins: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: !opts.isPackaged,
  } satisfies WebPreferences;
}

/** What blockDevTools needs of a WebContents (so tests can pass a stand-in). */
export type DevToolsTarget = Pick<WebContents, 'closeDevTools'> & { on(event: 'devtools-opened', listener: () => void): unknown };

/**
 * In a packaged build, closes DevTools the moment anything opens them (belt and braces: with
 * `devTools: false` they should not open at all). Does nothing in development.
 */
export function blockDevTools(contents: DevToolsTarget, isPackaged: boolean): void {
  if (!isPackaged) return;
  contents.on('devtools-opened', () => contents.closeDevTools());
}
