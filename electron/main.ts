/**
 * Electron main process: thin. It owns the window and one IPC channel; the store, templates and every
 * handler run in the back end (electron/backend.ts) in a utilityProcess, so no import, export or Excel
 * parse can freeze the window. Electron's security checklist: isolated sandboxed renderer, strict CSP,
 * no remote content, navigation and new windows blocked, permissions denied, links only to official sites.
 */
import { app, BrowserWindow, ipcMain, safeStorage, session, shell, utilityProcess } from 'electron';
import path from 'node:path';
import { resolveDataDir } from './app/paths';
import { API_CHANNEL } from '../shared/api/channel';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { startBackendHost, type BackendHost } from './app/backendHost';
import type { BackendConfig } from './app/backendProtocol';
import { chamberUrl, createChamberSettings } from './app/chamberSettings';
import { chamberContract } from '../shared/api/chamberContract';
import type { ApiResult } from '../shared/api/errors';
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

/**
 * The back end in its own process; it answers every call, a failed start included (a screen, not a
 * silent exit). Its settings (with the chamber's password, when connected) go by message, not by
 * environment, so no other program can read them from the process.
 */
function startBackend(databaseUrl: string | undefined): BackendHost {
  const config: BackendConfig = {
    dataDir: resolveDataDir(app.getPath('userData')),
    appRoot: app.getAppPath(),
    version: app.getVersion(),
    seed: process.env.BANSO_EMPTY === '1' || databaseUrl ? 'empty' : 'demo',
    ...(process.env.BANSO_NATIVE_BINDING ? { nativeBinding: process.env.BANSO_NATIVE_BINDING } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
  };
  return startBackendHost(() => {
    const child = utilityProcess.fork(path.join(__dirname, 'backend.cjs'), [], { serviceName: 'Banso back end' });
    child.postMessage({ type: 'start', config });
    return {
      postMessage: (m) => child.postMessage(m),
      onMessage: (fn) => child.on('message', fn),
      onExit: (fn) => child.on('exit', fn),
      kill: () => void child.kill(),
    };
  });
}

const chamber = () => createChamberSettings(resolveDataDir(app.getPath('userData')), safeStorage);
const fail = (message: string): ApiResult<unknown> => ({ ok: false, error: { code: 'BAD_INPUT', message } });

/**
 * 設定 →「商工会議所のサーバーに接続」, answered here (the key store is the main process's): a new back
 * end is started on the server and kept only if it opens (reachable, signed in, schema usable);
 * otherwise the current one stays and the reason is shown. Every argument is parsed with the contract.
 */
async function chamberCall(method: string, input: unknown): Promise<ApiResult<unknown> | undefined> {
  const settings = chamber();
  const active = async () => !!(await backend?.ready)?.dbPath && !!settings.url();
  if (method === 'getChamberConnection') return { ok: true, value: settings.state(await active()) };
  if (method === 'clearChamberConnection') {
    settings.clear();
    await switchBackend(undefined);
    return { ok: true, value: settings.state(false) };
  }
  if (method !== 'setChamberConnection') return undefined;
  const parsed = chamberContract.setChamberConnection.input.safeParse(input ?? {});
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? '入力が正しくありません。');
  if (!safeStorage.isEncryptionAvailable()) return fail('このパソコンではパスワードを安全に保存できません（OSの資格情報ストアが使えません）。');
  const started = await switchBackend(chamberUrl(parsed.data.connection, parsed.data.password));
  if (started.failure) return { ok: false, error: { code: 'BAD_INPUT', message: started.failure.message } };
  settings.save(parsed.data.connection, parsed.data.password);
  return { ok: true, value: settings.state(true) };
}

/** Starts a back end on `databaseUrl` (or SQLite); it replaces the running one only if it opened. */
async function switchBackend(databaseUrl: string | undefined): Promise<{ failure?: { message: string } }> {
  const next = startBackend(databaseUrl);
  const r = await next.ready;
  if (r.failure && databaseUrl) {
    next.close();
    return { failure: r.failure };
  }
  const old = backend;
  backend = next;
  old?.close();
  return {};
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
      backend = startBackend(chamber().url());
      ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
        if (!event.senderFrame || !isOwnPage(event.senderFrame.url)) {
          return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Call from an unknown page refused' } };
        }
        const name = typeof method === 'string' ? method : '';
        const answered = await chamberCall(name, input);
        if (answered) return answered;
        if (!backend) return { ok: false, error: { code: 'INTERNAL', message: '起動中です。' } };
        return backend.call(name, input);
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
