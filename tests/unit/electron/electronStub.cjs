// A stand-in for the `electron` module, so the bundled main process can run under plain Node in tests
// (the Electron binary cannot be downloaded on every machine). It records what main.ts sets up.
const Module = require('node:module');
const { fork } = require('node:child_process');
const rec = { ipc: {}, appHandlers: {}, windows: [], session: {} };
globalThis.__electron = rec;
const stub = {
  app: {
    on: (e, f) => { rec.appHandlers[e] = f; },
    whenReady: () => Promise.resolve(),
    getAppPath: () => process.env.STUB_APP_PATH,
    getPath: () => process.env.STUB_DATA,
    getVersion: () => '0.0.0-test',
    quit: () => {},
    isPackaged: false,
    requestSingleInstanceLock: () => true,
  },
  // utilityProcess.fork → a Node child with IPC (the back end speaks both).
  utilityProcess: {
    fork: (modulePath, args, opts) => {
      const child = fork(modulePath, args ?? [], { env: opts?.env ?? process.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      rec.backend = child;
      return {
        postMessage: (m) => child.send(m),
        on: (e, f) => child.on(e, f),
        kill: () => child.kill(),
      };
    },
  },
  BrowserWindow: class {
    constructor(opts) { rec.windows.push(opts); }
    loadFile(f) { rec.loaded = f; return Promise.resolve(); }
    isMinimized() { return false; }
    focus() {}
    static getAllWindows() { return []; }
  },
  ipcMain: { handle: (ch, f) => { rec.ipc[ch] = f; } },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: (f) => { rec.session.headers = f; }, onBeforeRequest: (f) => { rec.session.request = f; } },
      setPermissionRequestHandler: (f) => { rec.session.permission = f; },
      setPermissionCheckHandler: (f) => { rec.session.permissionCheck = f; },
    },
  },
  shell: { openExternal: () => Promise.resolve() },
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? __filename : resolve.call(this, request, ...rest);
};
require.cache[__filename].exports = stub;
