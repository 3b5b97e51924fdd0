/**
 * Proves the .docx opens and lays out: LibreOffice (headless) converts it to PDF, poppler reads the PDF back.
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui), `pdftotext`/`pdfinfo`/`pdffonts`/`pdftoppm` (poppler-utils) and
 * the IPAex fonts (fonts-ipaexfont); skipped with a message when they are missing.
 *
 * Word on Windows has ＭＳ 明朝 / ＭＳ ゴシック; Linux does not, and Debian's fontconfig has no alias for them, so a
 * private fonts.conf (FONTCONFIG_FILE, this process's soffice only) maps them to IPAexMincho / IPAexGothic, and
 * Century to Liberation Serif, as a Japanese Linux desktop would. The pages are rendered to PNG (pdftoppm -r 60);
 * run with KEEP_DOCX_RENDER=1 to keep the .docx, PDFs and PNGs (the directory is printed) and look at them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/export/docx/index';
import type { DocModel } from '../../../shared/export/docModel';
import { expectedParagraphs, sampleDocument } from './docxFixture';

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

const soffice = which('soffice') ?? which('libreoffice');
const poppler = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'].every((c) => which(c) !== undefined);
if (!soffice) console.warn('docxLibreOffice: soffice not found — skipping LibreOffice checks (apt-get install -y libreoffice-writer-nogui)');
else if (!poppler) console.warn('docxLibreOffice: poppler-utils not found — skipping PDF text checks (apt-get install -y poppler-utils)');

const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>ＭＳ 明朝</family><prefer><family>IPAexMincho</family></prefer></alias>
  <alias binding="same"><family>ＭＳ ゴシック</family><prefer><family>IPAexGothic</family></prefer></alias>
  <alias binding="same"><family>Century</family><prefer><family>Liberation Serif</family></prefer></alias>
</fontconfig>
`;

const squash = (s: string): string => s.replace(/\s+/g, '');

function edgeCases(): DocModel {
  return {
    meta: { title: '境界', author: 'x', createdAt: new Date(0) },
    blocks: [
      { type: 'heading', level: 1, text: '境界\u0000ケース' },
      { type: 'table', columns: [], rows: [] },
      { type: 'table', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 2 }], rows: [['1'], ['1', '2', '3']] },
      { type: 'table', columns: [{ header: 'C', width: 1 }], rows: [] },
      { type: 'pageBreak' },
      { type: 'pageBreak' },
      { type: 'image', data: new Uint8Array([1, 2, 3]), format: 'jpeg', caption: '壊れた画像' },
      { type: 'paragraph', text: 'タブ\tと\r\n改行\u000bと\u0007ベル' },
      { type: 'table', columns: [{ header: '最後の表', width: 1 }], rows: [['x']] },
    ],
  };
}

describe.skipIf(!soffice)('renderDocx through LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'banso-docx-'));
  const doc = sampleDocument({ watermark: '下書き' });

  function convert(file: string): number {
    const t0 = performance.now();
    execFileSync(
      soffice ?? 'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file],
      { env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf'), SAL_USE_VCLPLUGIN: 'svp' }, stdio: 'pipe', timeout: 110_000 },
    );
    return performance.now() - t0;
  }

  beforeAll(async () => {
    writeFileSync(join(dir, 'fonts.conf'), FONTS_CONF);
    writeFileSync(join(dir, 'sample.docx'), await renderDocx(doc));
    writeFileSync(join(dir, 'edge.docx'), await renderDocx(edgeCases()));
    const firstMs = convert(join(dir, 'edge.docx')); // also creates the LibreOffice profile
    const conversionMs = convert(join(dir, 'sample.docx'));
    console.info(`docxLibreOffice: first soffice run ${firstMs.toFixed(0)} ms; ~10-page sample → PDF ${conversionMs.toFixed(0)} ms`);
  }, 240_000);

  afterAll(() => {
    if (process.env.KEEP_DOCX_RENDER) console.info(`docxLibreOffice: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });

  it('converts both documents to PDF', () => {
    for (const name of ['sample.pdf', 'edge.pdf']) {
      const pdf = join(dir, name);
      expect(existsSync(pdf), name).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(1000);
    }
  });

  describe.skipIf(!poppler)('the PDF', () => {
    const pdf = join(dir, 'sample.pdf');
    const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const pageCount = (file: string): number => Number(run('pdfinfo', [file]).match(/^Pages:\s+(\d+)/m)?.[1] ?? 0);

    it('has a plausible page count, and the footer shows n / N on every page', () => {
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(8);
      expect(pages).toBeLessThanOrEqual(14);
      for (let p = 1; p <= pages; p++) {
        const text = run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']);
        expect(text, `page ${p}`).toContain(`${p} / ${pages}`);
        expect(text, `page ${p}`).toContain('下書き');
      }
      expect(pageCount(join(dir, 'edge.pdf'))).toBe(3); // two page breaks in a row: a blank page between
    });

    it('contains all the source text', () => {
      const pages = pageCount(pdf);
      // Page by page, without the header (下書き) and footer (n / N) lines, so text running over a page joins up.
      let body = '';
      for (let p = 1; p <= pages; p++) {
        const lines = run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).split('\n');
        body += lines.filter((l) => l.trim() !== '下書き' && l.trim() !== `${p} / ${pages}`).join('\n');
      }
      const text = squash(body);
      const missing = expectedParagraphs(doc)
        .map(squash)
        .filter((p) => p !== '' && !text.includes(p));
      // Table cells that break across a page have the repeated header row in between; nothing else may be missing.
      expect(missing.length, missing.slice(0, 5).join(' | ')).toBeLessThanOrEqual(2);
      const prose = doc.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.text.split('\n') : []));
      for (const p of prose) expect(text).toContain(squash(p));
    });

    it('keeps 禁則: no line starts with a closing mark', () => {
      const lines = run('pdftotext', [pdf, '-']).split('\n');
      expect(lines.filter((l) => /^[、。，．）」』】〕]/.test(l.trim()))).toEqual([]);
    });

    it('repeats the expense table header on the pages it spans', () => {
      const pages = pageCount(pdf);
      let withHeader = 0;
      for (let p = 1; p <= pages; p++) {
        if (run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).includes('品名・仕様')) withHeader++;
      }
      expect(withHeader).toBeGreaterThanOrEqual(2);
    });

    it('sets Japanese in IPAex Mincho (body) and Gothic (headings)', () => {
      const fonts = run('pdffonts', [pdf]);
      expect(fonts).toContain('IPAexMincho');
      expect(fonts).toContain('IPAexGothic');
    });

    it('renders the pages to PNG for a look', () => {
      const out = join(dir, 'png');
      mkdirSync(out, { recursive: true });
      run('pdftoppm', ['-png', '-r', '60', pdf, join(out, 'page')]);
      const pngs = readdirSync(out).filter((f) => f.endsWith('.png'));
      expect(pngs.length).toBe(pageCount(pdf));
      console.info(`docxLibreOffice: ${pngs.length} page images in ${out}`);
    });
  });
});
