/**
 * Electron main process: thin. It owns the window and one IPC channel; the store, templates and every
 * handler run in the back end (electron/backend.ts) in a utilityProcess, so no import, export or Excel
 * parse can freeze the window. Electron's security checklist: isolated sandboxed renderer, strict CSP,
 * no remote content, navigation and new windows blocked, permissions denied, links only to official sites.
 */
import { app, BrowserWindow, ipcMain, session, shell, utilityProcess } from 'electron';
import path from 'node:path';
import { resolveDataDir } from './app/paths';
import { API_CHANNEL } from '../shared/api/channel';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { startBackendHost, type BackendHost } from './app/backendHost';
import { CONFIG_ENV, type BackendConfig } from './app/backendProtocol';
import { createNavigationGuard, createWindowOpenHandler } from './app/externalLinks';
import { appWebPreferences, blockDevTools } from './app/windowOptions';

let backend: BackendHost | undefined;
let mainWindow: BrowserWindow | undefined;

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
  const openExternal = (url: string) => shell.openExternal(url);
  contents.on('will-navigate', createNavigationGuard(openExternal)); // never leaves the app; official links open in the browser
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal)); // always deny; official sites in the browser
  blockDevTools(contents, app.isPackaged);
});

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    title: '伴走 Banso',
    backgroundColor: '#f7f7f5',
    webPreferences: appWebPreferences({ preload: path.join(__dirname, 'preload.cjs'), isPackaged: app.isPackaged }),
  });
  void mainWindow.loadFile(rendererIndex());
}

/** The back end in its own process; it answers every call, a failed start included (a screen, not a silent exit). */
function startBackend(): BackendHost {
  const config: BackendConfig = {
    dataDir: resolveDataDir(app.getPath('userData')),
    appRoot: app.getAppPath(),
    version: app.getVersion(),
    seed: process.env.BANSO_EMPTY === '1' ? 'empty' : 'demo',
    ...(process.env.BANSO_NATIVE_BINDING ? { nativeBinding: process.env.BANSO_NATIVE_BINDING } : {}),
  };
  return startBackendHost(() => {
    const child = utilityProcess.fork(path.join(__dirname, 'backend.cjs'), [], { serviceName: 'Banso back end', env: { ...process.env, [CONFIG_ENV]: JSON.stringify(config) } });
    return {
      postMessage: (m) => child.postMessage(m),
      onMessage: (fn) => child.on('message', fn),
      onExit: (fn) => child.on('exit', fn),
      kill: () => void child.kill(),
    };
  });
}

// One window per data folder: a second start focuses the first (the back end also holds banso.lock).
if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app
    .whenReady()
    .then(() => {
      lockDownSession();
      backend = startBackend();
      ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
        if (!event.senderFrame || !isOwnPage(event.senderFrame.url)) {
          return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Call from an unknown page refused' } };
        }
        if (!backend) return { ok: false, error: { code: 'INTERNAL', message: '起動中です。' } };
        return backend.call(typeof method === 'string' ? method : '', input);
      });
      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    })
    .catch((e: unknown) => {
      // Whatever failed, the user gets a window that says so (the renderer shows the start-up screen).
      console.error('[banso] start-up failed', e);
      createWindow();
    });
}

app.on('window-all-closed', () => {
  backend?.close();
  if (process.platform !== 'darwin') app.quit();
});

process.on('uncaughtException', (e) => console.error('[banso] uncaught', e));
