import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createClientsRepo } from '../../../electron/store/clients';
import { createApplicationsRepo } from '../../../electron/store/applications';
import { tempDir } from '../helpers';
import { openTestStore } from '../testStore';
import { SEIMEN, SWEETS_EDITED, SWEETS_TEXT, BIYOSHITSU } from './texts';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'electron/cli/main.ts'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });

interface Pair {
  a: { clientName: string; file?: string };
  b: { kind: string; clientName?: string; file?: string };
  maxSimilarity: number;
  passages: { similarity: number; a: { text: string; sectionId: string }; b: { text: string } }[];
}

describe('npm run cli -- similar', () => {
  it('a directory of application files: pairs of different clients that read alike; exit 0', () => {
    const dir = tempDir();
    expect(cli('demo', '--out', dir).status).toBe(0);
    // A second client's application that retells A社's 企業概要 with small edits.
    const a = JSON.parse(fs.readFileSync(path.join(dir, 'a-jizokuka-20.json'), 'utf8'));
    const passage: string = a.application.content.kigyoGaiyo.kigyoGaiyo.split('\n').slice(0, 2).join('\n');
    const edited = passage.replace('工務店', '住宅会社').replace(/、/g, '，').replace('1988', '１９８８');
    const copy = structuredClone(a);
    copy.client = { ...copy.client, id: randomUUID(), name: '有限会社テスト住建' };
    copy.application = { ...copy.application, id: randomUUID(), clientId: copy.client.id, title: 'テスト住建の販路開拓', content: { kigyoGaiyo: { kigyoGaiyo: `${SEIMEN}\n${edited}` } } };
    fs.writeFileSync(path.join(dir, 'c-copy.json'), JSON.stringify(copy));
    fs.writeFileSync(path.join(dir, 'notes.json'), '{"memo": 1}');

    const text = cli('similar', dir);
    expect(text.status).toBe(0);
    expect(text.stderr).toContain('skipped notes.json');
    expect(text.stdout).toContain('株式会社A工務店『リフォーム専門店の認知拡大と見積業務の効率化』 ↔ 有限会社テスト住建『テスト住建の販路開拓』');
    expect(text.stdout).toMatch(/企業概要 ↔ \S* ?企業概要/);
    expect(text.stdout).toContain('pairs of different clients read alike');

    const json = cli('similar', dir, '--json');
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as { applications: number; pairs: Pair[] };
    expect(out.applications).toBe(4);
    const between = out.pairs.filter((p) => p.b.kind === 'application');
    expect(between).toHaveLength(1);
    expect(between[0]!.a.file).toBe('a-jizokuka-20.json');
    expect(between[0]!.b.file).toBe('c-copy.json');
    expect(between[0]!.passages[0]!.b.text).toContain('住宅会社');
    expect(between[0]!.maxSimilarity).toBeGreaterThanOrEqual(80);
    // B社's two applications (one client) are never a pair.
    expect(out.pairs.some((p) => p.a.clientName === p.b.clientName)).toBe(false);
  }, 120_000);

  it('a banso.sqlite file, read-only; a file that is not one is refused', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'banso.sqlite');
    const { sql } = await openTestStore('sqlite', file);
    const clients = createClientsRepo(sql);
    const apps = createApplicationsRepo(sql);
    const x = await clients.create({ name: '洋菓子工房アマンド' });
    const y = await clients.create({ name: '有限会社みなと菓子舗' });
    const z = await clients.create({ name: '株式会社サンライズ美容' });
    const base = { programId: 'jizokuka' as const, templateId: 'jizokuka-20', koboKai: '第20回' };
    await apps.create({ ...base, clientId: x.id, title: '焼き菓子の通販', content: { kigyoGaiyo: { kigyoGaiyo: SWEETS_TEXT } } });
    await apps.create({ ...base, clientId: y.id, title: '菓子舗の販路開拓', content: { kigyoGaiyo: { kigyoGaiyo: `${SEIMEN}${SWEETS_EDITED}` } } });
    await apps.create({ ...base, clientId: z.id, title: '予約の電子化', content: { kigyoGaiyo: { kigyoGaiyo: BIYOSHITSU } } });
    await sql.close();
    const before = fs.readFileSync(file);

    const r = cli('similar', file, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { applications: number; pairs: Pair[] };
    expect(out.applications).toBe(3);
    expect(out.pairs.map((p) => [p.a.clientName, p.b.clientName])).toEqual([['有限会社みなと菓子舗', '洋菓子工房アマンド']]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    fs.writeFileSync(path.join(dir, 'memo.sqlite'), 'not a database');
    const bad = cli('similar', path.join(dir, 'memo.sqlite'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not a Banso database');
  }, 60_000);
});
