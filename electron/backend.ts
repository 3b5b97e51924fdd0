/**
 * The back end: the SQLite store, the templates and every API handler, in a process of its own
 * (Electron's utilityProcess in the app; a Node child process in tests). Heavy work here — a package
 * import, a PDF export, an Excel parse — never blocks the window's main process, which only relays.
 */
import { openServicesOrFailure } from './app/services';
import { dispatch } from './api/dispatch';
import { BackendConfig, CONFIG_ENV, ToBackend, type FromBackend } from './app/backendProtocol';

interface Port {
  onMessage(fn: (msg: unknown) => void): void;
  send(msg: FromBackend): void;
}

/** Electron's utilityProcess gives process.parentPort; a Node child (tests) has process.send. */
function parentPort(): Port {
  const pp = (process as unknown as { parentPort?: { on(e: 'message', f: (ev: { data: unknown }) => void): void; postMessage(m: unknown): void } }).parentPort;
  if (pp) return { onMessage: (fn) => pp.on('message', (ev) => fn(ev.data)), send: (m) => pp.postMessage(m) };
  const send = process.send?.bind(process);
  if (!send) throw new Error('The back end must be started by the app (utilityProcess) or as a child process with IPC.');
  return { onMessage: (fn) => process.on('message', fn), send: (m) => void send(m) };
}

const port = parentPort();
const config = BackendConfig.parse(JSON.parse(process.env[CONFIG_ENV] ?? '{}'));
const opened = openServicesOrFailure({ ...config, transport: 'electron' });
port.send({ type: 'ready', dbPath: opened.dbPath, ...(opened.failure ? { failure: { code: opened.failure.code, message: opened.failure.message } } : {}) });

port.onMessage((raw) => {
  const msg = ToBackend.safeParse(raw);
  if (!msg.success) return;
  if (msg.data.type === 'shutdown') {
    opened.services?.close();
    process.exit(0);
  }
  const { id, method, input } = msg.data;
  void dispatch(opened.handlers, method, input).then((result) => port.send({ type: 'result', id, result }));
});

process.on('uncaughtException', (e) => console.error('[banso backend] uncaught', e));
