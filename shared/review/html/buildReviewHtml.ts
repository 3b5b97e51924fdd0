/**
 * The HTML review file: one self-contained page the owner opens in any browser (file://, no network,
 * nothing to install) to read the draft — texts, choices, the plan table and the expenses with the
 * subsidy — comment on a passage (with a 修正案), mark sections 確認済み and save a small reply file
 * (replyBuild.ts) the advisor imports. Inline CSS and script, allowed by their hashes in a strict CSP
 * (nothing else: no network, no other script, no images); the data as JSON the script reads.
 */
import type { Application } from '../../schemas/application';
import type { Template } from '../../templates/template';
import type { ComputedFigures } from '../../checks/types';
import { canonicalJson, sha256Hex } from '../sha256';
import { valuesHash } from '../seal';
import { readOnlySection, sectionTitle } from '../readOnlyView';
import { escapeHtml as e, jsonForScript } from './escape';
import { cspHash } from './cspHash';
import { PAGE_STYLE } from './pageStyle';
import { REVIEW_PAGE_FORMAT, type ReviewPageData } from './pageData';
import { sectionsHtml, tocHtml } from './renderSection';
import { OWNER_PAGE_SCRIPT } from './ownerPageScript.generated';

export interface ReviewHtmlInput {
  template: Template;
  application: Application;
  clientName: string;
  /** checkApplication(...).figures with the client's context: the plan's derived rows and the subsidy. */
  figures: ComputedFigures | undefined;
  /** This file's id (a UUID): the key of the owner's work in their browser. */
  reviewId: string;
  sentAt: string;
  /** The reply's file name without date and extension. */
  replyFileBase: string;
}

/** The application as sent: what the reply names as its base. */
export const applicationChecksum = (app: Application): string => `sha256:${sha256Hex(canonicalJson(app))}`;

export function reviewPageData(input: ReviewHtmlInput): ReviewPageData {
  const { template: t, application: app } = input;
  return {
    format: REVIEW_PAGE_FORMAT,
    version: 1,
    reviewId: input.reviewId,
    applicationId: app.id,
    baseRevision: app.revision,
    baseChecksum: applicationChecksum(app),
    sentAt: input.sentAt,
    title: app.title,
    clientName: input.clientName,
    replyFileBase: input.replyFileBase,
    sections: t.sections.map((s) => ({ id: s.id, title: sectionTitle(s), hash: valuesHash(app.content[s.id]), content: app.content[s.id] ?? {} })),
  };
}

/** Nothing in an inline script may end its element or open an HTML comment in it. */
function assertInlineSafe(script: string): void {
  if (/<\/script|<!--/i.test(script)) throw new Error('review page script contains </script or <!--');
}

const INTRO = `<section class="intro" aria-label="使い方"><strong>事業計画の内容をご確認ください。</strong>
<ol><li>上の「お名前」を入力してください。</li>
<li>気になる箇所は本文をマウスで選んで「選択した箇所にコメントを書く」を押し、コメントと、よろしければ修正案（こう書き直してほしい文）を書いてください。項目全体へのコメントは各項目の下の欄に書けます。</li>
<li>内容に問題がない項目は「この項目を確認済みにする」を押してください。</li>
<li>最後に「返信ファイルを保存」を押し、保存されたファイル（.banso-reply.json）を担当の指導員にメールなどでお送りください。</li></ol>
<p class="small muted">このファイルはインターネットに接続せずに動きます。本文はここでは書き換えられません（書き換えの希望は修正案に書いてください）。</p>
<noscript><p class="notice warn">このブラウザでは JavaScript が無効のため、閲覧だけできます。コメントや確認済みを付けるには、JavaScript を有効にするか別のブラウザ（Edge・Chrome・Safari・Firefox）で開いてください。</p></noscript>
<p class="notice warn" id="storage-note" hidden>このブラウザではページを閉じると書いた内容が消えます。閉じる前に「返信ファイルを保存」を押してください。</p></section>`;

export function buildReviewHtml(input: ReviewHtmlInput): string {
  const { template: t, application: app } = input;
  const views = t.sections.map((s) => readOnlySection(t, app, s, input.figures));
  const script = OWNER_PAGE_SCRIPT;
  assertInlineSafe(script);
  // Only ' and base64 in it: written as is (no character references in the policy).
  const csp = [`default-src 'none'`, `script-src ${cspHash(script)}`, `style-src ${cspHash(PAGE_STYLE)}`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="伴走 Banso">
<title>事業者確認：${e(app.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="top"><div><div class="small muted">${e(input.clientName)} ／ ${e(t.name)}</div><h1>${e(app.title)}</h1></div>
<div class="owner-bar" id="owner-bar" hidden><label>お名前 <input id="reviewer" maxlength="100" autocomplete="name"></label><span class="small" id="progress" role="status"></span><button type="button" class="primary" id="save-reply">返信ファイルを保存</button></div></header>
<div class="layout">${tocHtml(views)}<main>${INTRO}<p class="notice info" id="saved-note" role="status" hidden></p>${sectionsHtml(views)}</main></div>
<div class="selbar" id="selbar" hidden><span>選択した箇所：<q id="selbar-quote"></q></span><button type="button" class="primary" id="selbar-go">選択した箇所にコメントを書く</button><button type="button" id="selbar-clear">選択をやめる</button></div>
<script type="application/json" id="review-data">${jsonForScript(reviewPageData(input))}</script>
<script>${script}</script>
</body>
</html>
`;
}
