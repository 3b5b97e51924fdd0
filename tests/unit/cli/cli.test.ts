import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { tempDir } from '../helpers';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'electron/cli/main.ts'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });

describe('npm run cli', () => {
  it('demo writes the demo applications; check prints findings; exit code follows error findings', () => {
    const dir = tempDir();
    const demo = cli('demo', '--out', dir);
    expect(demo.status).toBe(0);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['a-jizokuka-20.json', 'b-keiei-kakushin-r2.json', 'b-monozukuri-20.json']);

    const ok = cli('check', path.join(dir, 'b-monozukuri-20.json'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('審査項目');
    expect(ok.stdout).toContain('errors 0');

    const json = cli('check', path.join(dir, 'b-monozukuri-20.json'), '--json');
    const report = JSON.parse(json.stdout) as { readiness: { errors: number }; figures: { subsidy: { totalYen: number } } };
    expect(report.figures.subsidy.totalYen).toBe(10_000_000);

    // Break a rule: a 31-character 事業名 is an error → exit 1.
    const file = JSON.parse(fs.readFileSync(path.join(dir, 'a-jizokuka-20.json'), 'utf8'));
    file.application.content.jigyoMei = { jigyoMei: 'あ'.repeat(31) };
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(file));
    const bad = cli('check', path.join(dir, 'bad.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('エラー');
  }, 120_000);

  it('refuses a file that is not an application file, and a newer schema', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'x.json'), '{"hello": 1}');
    const r = cli('check', path.join(dir, 'x.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('伴走の申請ファイルではありません');
    fs.writeFileSync(path.join(dir, 'new.json'), JSON.stringify({ format: 'banso.application', schemaVersion: 99 }));
    expect(cli('check', path.join(dir, 'new.json')).stderr).toContain('新しいバージョン');
  }, 60_000);

  it('export writes a PDF', () => {
    const dir = tempDir();
    cli('demo', '--out', dir);
    const out = path.join(dir, 'a.pdf');
    const r = cli('export', path.join(dir, 'a-jizokuka-20.json'), '--format', 'pdf', '--out', out);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
