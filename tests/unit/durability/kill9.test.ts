import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { root } from '../demoFixtures';
import { tempDir } from '../helpers';

const require = createRequire(import.meta.url);

interface Server {
  proc: ChildProcess;
  origin: string;
  token: string;
}

async function start(dataDir: string): Promise<Server> {
  const proc = spawn(process.execPath, [require.resolve('tsx/cli'), 'electron/serve.ts', '--port', '0', '--empty'], { cwd: root, env: { ...process.env, BANSO_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (c) => reject(new Error(`serve exited ${c}: ${err}`)));
  });
  const u = new URL(url);
  return { proc, origin: u.origin, token: /token=([^&]+)/.exec(u.hash)![1]! };
}

async function api<T>(s: Server, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${s.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { code: string; message: string } };
  if (!body.ok) throw new Error(`${body.error?.code}: ${body.error?.message}`);
  return body.value;
}

const killed = (s: Server) =>
  new Promise<void>((resolve) => {
    s.proc.once('exit', () => resolve());
    process.kill(-s.proc.pid!, 'SIGKILL'); // the whole group: tsx runs the server in a child process
  });

/**
 * Durability: saves acknowledged by browser mode survive kill -9 at random moments (saves in flight
 * included). Each section's stored text must be the last acknowledged one or a later attempt, never an
 * older one; the database passes integrity_check at the end.
 */
describe('kill -9 durability', () => {
  it('≥ 200 acknowledged saves through ≥ 10 kills: none lost, integrity ok', async () => {
    const dataDir = tempDir();
    let s = await start(dataDir);
    const client = await api<{ id: string }>(s, 'createClient', { name: '耐久テスト' });
    const app = await api<{ id: string }>(s, 'createApplication', { clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-17' });
    const sections = ['s1', 's2', 's3'];
    const attempts = new Map<string, string[]>(sections.map((x) => [x, []]));
    const lastAcked = new Map<string, number>();
    const base = new Map<string, number>(sections.map((x) => [x, 0]));
    let acked = 0;
    let kills = 0;
    let n = 0;
    while (kills < 10 || acked < 200) {
      // A burst of saves, then kill -9 while the last ones may still be in flight.
      const burst = 15 + (n % 11);
      const inflight: Promise<void>[] = [];
      for (let i = 0; i < burst; i++) {
        const sid = sections[n % sections.length]!;
        const text = `第${n}回の保存：${'伴走'.repeat(n % 50)}`;
        n++;
        const list = attempts.get(sid)!;
        list.push(text);
        const index = list.length - 1;
        const p = api<{ revision: number }>(s, 'saveSection', { id: app.id, sectionId: sid, values: { body: text }, baseRevision: base.get(sid) }).then(
          (r) => {
            base.set(sid, r.revision);
            lastAcked.set(sid, Math.max(lastAcked.get(sid) ?? -1, index));
            acked++;
          },
          () => undefined,
        );
        if (i < burst - 3) await p; // sequential saves, then three fired without waiting
        else inflight.push(p);
      }
      await killed(s);
      await Promise.all(inflight);
      kills++;
      s = await start(dataDir);
      const stored = await api<{ content: Record<string, { body?: string }>; revisions: Record<string, number> }>(s, 'getApplication', { id: app.id });
      for (const sid of sections) {
        const text = stored.content[sid]?.body;
        const at = text === undefined ? -1 : attempts.get(sid)!.lastIndexOf(text);
        expect(at, `section ${sid} after kill ${kills}`).toBeGreaterThanOrEqual(lastAcked.get(sid) ?? -1);
        base.set(sid, Math.max(stored.revisions[`section:${sid}`] ?? 0, stored.revisions['*'] ?? 0));
      }
    }
    await killed(s);
    const db = new Database(path.join(dataDir, 'banso.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(acked).toBeGreaterThanOrEqual(200);
    expect(kills).toBeGreaterThanOrEqual(10);
  }, 240_000);
});
