/**
 * The back end: the SQLite store, the templates and every API handler, in a process of its own
 * (Electron's utilityProcess in the app; a Node child process in tests). Heavy work here — a package
 * import, a PDF export, an Excel parse — never blocks the window's main process, which only relays.
 */
import { openServicesOrFailure } from './app/services';
import { dispatch } from './api/dispatch';
import { ToBackend, type FromBackend } from './app/backendProtocol';
import type { Handlers } from './api/handlers';
import type { Services } from './app/services';

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
let handlers: Handlers | undefined;
let services: Services | undefined;
const early: ToBackend[] = [];

const handle = (msg: ToBackend) => {
  if (msg.type === 'start') return;
  if (msg.type === 'shutdown') {
    void Promise.resolve(services?.close()).finally(() => process.exit(0));
    return;
  }
  if (!handlers) return void early.push(msg); // answered once the store is open
  const { id, method, input } = msg;
  void dispatch(handlers, method, input).then((result) => port.send({ type: 'result', id, result }));
};

port.onMessage((raw) => {
  const msg = ToBackend.safeParse(raw);
  if (!msg.success) return;
  if (msg.data.type === 'start' && !handlers) {
    void openServicesOrFailure({ ...msg.data.config, transport: 'electron' }).then((opened) => {
      services = opened.services;
      handlers = opened.handlers;
      port.send({ type: 'ready', dbPath: opened.dbPath, ...(opened.failure ? { failure: { code: opened.failure.code, message: opened.failure.message } } : {}) });
      for (const m of early.splice(0)) handle(m);
    });
    return;
  }
  handle(msg.data);
});

process.on('uncaughtException', (e) => console.error('[banso backend] uncaught', e));
