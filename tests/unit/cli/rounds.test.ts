import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { tempDir } from '../helpers';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'electron/cli/main.ts'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000, env: { ...process.env, BANSO_DATA_DIR: tempDir() } });

describe('npm run cli -- rounds', () => {
  it('lists every round with program, dates and open/closed as of the given day; --json for scripts', () => {
    const r = cli('rounds', '--json', '--today', '2026-11-30');
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { templateId: string; programId: string; state: string; round: { deadline: string } | null }[];
    const by = new Map(list.map((x) => [x.templateId, x]));
    expect(by.get('jizokuka-20')).toMatchObject({ programId: 'jizokuka', state: 'open', round: { deadline: '2026-12-15' } });
    expect(by.get('shinmono-1')).toMatchObject({ programId: 'shinMonozukuri', state: 'closed' });
    expect(by.get('jizokuka-17')?.state).toBe('closed');
    expect(by.get('keiei-kakushin-r3')?.state).toBe('rolling');
    expect(list[0]?.state).toBe('open'); // open rounds first

    const table = cli('rounds', '--today', '2026-12-16');
    expect(table.stdout).toContain('締切済み');
    expect(table.stdout).toMatch(/第20回.*締切済み/);
  }, 120_000);

  it('rounds diff names what changed between two rounds', () => {
    const r = cli('rounds', 'diff', 'jizokuka-17', 'jizokuka-20', '--json');
    expect(r.status).toBe(0);
    const changes = JSON.parse(r.stdout) as { key: string; change: string }[];
    expect(changes.some((c) => c.key === 'subsidy.method' && c.change === 'changed')).toBe(true);
    expect(changes.some((c) => c.key.startsWith('subsidy.categoryCap') && c.change === 'added')).toBe(true);
    expect(cli('rounds', 'diff', 'nope', 'jizokuka-20').status).toBe(2);
  }, 120_000);
});
