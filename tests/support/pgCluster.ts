import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throw-away PostgreSQL server for the tests and benchmarks when none is given
 * (BANSO_TEST_DATABASE_URL): Debian's postgresql package (initdb and pg_ctl under
 * /usr/lib/postgresql/<version>/bin, or on the PATH), trust authentication on 127.0.0.1 only, fsync
 * off unless `durable`, data in a temporary folder removed at the end. As root (CI containers), it runs as `postgres`.
 */
export interface TempCluster {
  url: string;
  dataDir: string;
  port: number;
  stop(): void;
  /** Stops the server as a crash would (immediate), and starts it again. */
  kill(): void;
  start(): void;
}

function binDir(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function postgresAvailable(): boolean {
  return binDir() !== undefined;
}

/** `durable`: fsync on, as a real server (benchmarks); tests run with fsync off for speed. */
export async function startTempCluster(opts: { durable?: boolean } = {}): Promise<TempCluster> {
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  const root = process.getuid?.() === 0;
  const asPg = (cmd: string, args: string[]) => (root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  const run = (cmd: string, args: string[]) => {
    const [c, a] = asPg(path.join(bin, cmd), args);
    execFileSync(c, a, { stdio: 'pipe' });
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-pg-'));
  if (root) execFileSync('chown', ['postgres', dir]);
  const dataDir = path.join(dir, 'data');
  run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const log = path.join(dir, 'server.log');
  const start = () =>
    run('pg_ctl', ['-D', dataDir, '-l', log, '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${opts.durable ? '' : ' -c fsync=off'} -c synchronous_commit=on -c max_connections=200`, 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    port,
    start,
    kill: () => run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']),
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
