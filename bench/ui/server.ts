/** Browser mode as `npm run serve` runs it (the pre-built bundle), timed from spawn to the printed URL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Started {
  url: string;
  /** Spawn → the URL line on stdout. */
  startMs: number;
  stop(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  bundle: string;
  dataDir: string;
  rendererDir: string;
  empty?: boolean;
  /** PostgreSQL: passed to the server as BANSO_DATABASE_URL. */
  databaseUrl?: string;
}

export async function startServe(o: ServeOptions): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, BANSO_DATA_DIR: o.dataDir, BANSO_RENDERER_DIR: o.rendererDir };
  if (o.databaseUrl) env.BANSO_DATABASE_URL = o.databaseUrl;
  const t0 = performance.now();
  const proc: ChildProcess = spawn(process.execPath, [o.bundle, '--port', '0', ...(o.empty ? ['--empty'] : [])], { cwd: o.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 120 s:\n${stderr}`)), 120_000);
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    proc.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${stderr}`)));
  });
  const startMs = performance.now() - t0;
  return {
    url,
    startMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
