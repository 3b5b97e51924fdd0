import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildReviewHtml, type ReviewHtmlInput } from '../../../shared/review/html/buildReviewHtml';
import { escapeHtml, jsonForScript } from '../../../shared/review/html/escape';
import type { ReviewPageData } from '../../../shared/review/html/pageData';
import { checkApplication } from '../../../shared/checks/index';
import type { Application } from '../../../shared/schemas/application';
import { demo, root } from '../demoFixtures';

const d = demo('monozukuri-20');
const input = (application: Application, clientName = d.client.name): ReviewHtmlInput => ({
  template: d.template,
  application,
  clientName,
  figures: checkApplication(d.template, application, { employeeCount: d.client.employeeCount, prefecture: d.client.prefecture }).figures,
  reviewId: '6f1c2a4e-0000-4000-8000-000000000001',
  sentAt: '2026-11-24T03:00:00.000Z',
  replyFileBase: 'B縫製株式会社_確認結果',
});

/** The inline elements of the page: [attributes, content] of each <script> and <style>. */
const elements = (html: string, tag: 'script' | 'style') => [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
const dataOf = (html: string) => JSON.parse(elements(html, 'script').find(([a]) => a.includes('application/json'))![1]) as ReviewPageData;
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const EVIL = 'はじめに</script><script>alert(1)</script>\u2028行\u2029区切り<img src=x onerror=alert(2)><!-- 注釈 -->\r\n改行&amp;';

describe('the HTML review file', () => {
  const evil: Application = {
    ...d.application,
    title: `題名</title><script>alert(3)</script>`,
    content: { ...d.application.content, kakushinsei: { kakushinsei: EVIL } },
  };
  const html = buildReviewHtml(input(evil, '株式会社"<b>太字</b>'));

  it('keeps hostile text as text: nothing breaks out of its element or the data block', () => {
    // Only our two scripts: the data block and the page's script.
    expect(elements(html, 'script')).toHaveLength(2);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;&lt;!-- 注釈 --&gt;&#13;\n改行&amp;amp;');
    expect(html).toContain('<title>事業者確認：題名&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>');
    // The data block reads back unchanged, U+2028/2029 and all.
    const data = dataOf(html);
    expect(data.sections.find((s) => s.id === 'kakushinsei')?.content.kakushinsei).toBe(EVIL);
    expect(data.title).toBe(evil.title);
    const block = elements(html, 'script').find(([a]) => a.includes('application/json'))![1];
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('has a strict CSP: nothing but its own inline script and style (by hash), no network', () => {
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    const [, script] = elements(html, 'script').find(([a]) => a.trim() === '')!;
    const [, style] = elements(html, 'style')[0]!;
    expect(csp).toBe(`default-src 'none'; script-src ${sha(script)}; style-src ${sha(style)}; base-uri 'none'; form-action 'none'`);
    expect(csp).not.toContain('unsafe');
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/\sstyle="/i);
  });

  it('shows what the owner signs off on: texts, choices by label, the plan with derived rows, expenses with the subsidy', () => {
    const plain = buildReviewHtml(input(d.application));
    expect(plain).toContain('⑤ 今回の事業の革新性・差別化');
    expect(plain).toContain('付加価値額');
    expect(plain).toContain('補助金交付申請額');
    expect(plain).toContain('製品・サービス高付加価値化枠'); // a choice, by its label
    expect(plain).toContain('未記入');
    const tools = [...plain.matchAll(/data-tools="([^"]+)"/g)].map((m) => m[1]);
    expect(tools).toEqual(d.template.sections.map((s) => s.id));
    // Nothing of the advisor's tools.
    expect(plain).not.toMatch(/書き出し|パイプライン|提出準備|チェック結果/);
  });

  it('the 「もの補助」 demo is well under 1 MB', () => {
    expect(Buffer.byteLength(buildReviewHtml(input(d.application)), 'utf8')).toBeLessThan(1_000_000);
  });

  it('the embedded script is the one built from renderer/src/review/page', () => {
    expect(() => execFileSync(process.execPath, [path.join(root, 'scripts/build-review-page.mjs'), '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});

describe('escaping', () => {
  it('HTML text keeps a CR as a character reference, so the page holds the stored text exactly', () => {
    expect(escapeHtml(`a<b>&"'\r\n`)).toBe('a&lt;b&gt;&amp;&quot;&#39;&#13;\n');
  });
  it('JSON for a script element parses back to the same value', () => {
    const v = { t: '</script><!--\u2028\u2029&' };
    expect(jsonForScript(v)).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(jsonForScript(v))).toEqual(v);
  });
});
