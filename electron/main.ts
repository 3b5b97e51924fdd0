/**
 * Electron main process: thin. Opens the services (store, templates, handlers), one IPC channel that
 * dispatches the typed API, and a locked-down window (Electron's security checklist).
 */
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import path from 'node:path';
import { openServicesOrFailure, type OpenedOrFailed } from './app/services';
import { resolveDataDir } from './app/paths';
import { dispatch } from './api/dispatch';
import { API_CHANNEL } from '../shared/api/channel';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

let opened: OpenedOrFailed | undefined;

function rendererIndex(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer', 'index.html');
}

function isOwnPage(url: string): boolean {
  return url.startsWith('file://') && decodeURIComponent(new URL(url).pathname).endsWith('/dist/renderer/index.html');
}

function lockDownSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No remote content: only our own files may load.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const own = ['file://', 'blob:', 'data:', 'devtools://', 'chrome-extension://'].some((p) => details.url.startsWith(p));
    callback({ cancel: !own });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to official pages open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    title: '伴走 Banso',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      plugins: true, // the built-in PDF viewer for the print preview
    },
  });
  void win.loadFile(rendererIndex());
}

app.whenReady().then(() => {
  lockDownSession();
  const dataDir = resolveDataDir(app.getPath('userData'));
  opened = openServicesOrFailure({
    dataDir,
    appRoot: app.getAppPath(),
    version: app.getVersion(),
    transport: 'electron',
    seed: process.env.BANSO_EMPTY === '1' ? 'empty' : 'demo',
    nativeBinding: process.env.BANSO_NATIVE_BINDING || undefined,
  });
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!event.senderFrame || !isOwnPage(event.senderFrame.url)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Call from an unknown page refused' } };
    }
    if (!opened) return { ok: false, error: { code: 'INTERNAL', message: '起動中です。' } };
    return dispatch(opened.handlers, typeof method === 'string' ? method : '', input);
  });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  opened?.services?.close();
  if (process.platform !== 'darwin') app.quit();
});

process.on('uncaughtException', (e) => console.error('[banso] uncaught', e));
