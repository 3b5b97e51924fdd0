/**
 * A machine without Japanese fonts, for one browser: a fontconfig setup (FONTCONFIG_FILE) that offers
 * only this machine's fonts which cover no Japanese, so the page must bring its own font (and shows
 * tofu if it does not). `npm run bench:ui -- --no-cjk-fonts`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function fontconfigWithoutCjk(): string {
  const r = spawnSync('fc-list', ['--format', '%{file}|%{lang}\\n'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('--no-cjk-fonts needs fontconfig (fc-list)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-ui-fonts-'));
  const fonts = path.join(dir, 'fonts');
  fs.mkdirSync(fonts);
  for (const line of r.stdout.split('\n')) {
    const [file, ...langs] = line.split('|');
    if (!file || langs.some((l) => /^(ja|zh|ko)/.test(l))) continue;
    fs.symlinkSync(file, path.join(fonts, `${fs.readdirSync(fonts).length}-${path.basename(file)}`));
  }
  const conf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}</dir>\n  <cachedir>${path.join(dir, 'cache')}</cachedir>\n</fontconfig>\n`);
  return conf;
}
