import { describe, expect, it } from 'vitest';
import { createReviewFile, parseReviewFile, REVIEW_FILE_VERSION, sealReviewFile } from '../../../shared/review/schema';
import { makeApp } from './app';

const app = makeApp({ gaiyo: { body: '当社は昭和48年創業の板金業者である。' } });
/** What the file looks like after writing and reading it as JSON. */
const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function returnedFile() {
  const sent = createReviewFile(app, '2025-05-12T10:00:00+09:00', '0.1.0');
  const owner = { ...app, content: { gaiyo: { body: '当社は昭和48年創業の板金業者です。' } } };
  return sealReviewFile({
    ...sent,
    owner,
    returnedAt: '2025-05-14T20:00:00+09:00',
    comments: [{ id: 'c1', sectionId: 'gaiyo', fieldId: 'body', quote: '板金業者', anchor: { start: 9, end: 13 }, body: '「板金工事業」の方が正確です', author: '山田 太郎', role: 'owner', createdAt: '2025-05-14T19:00:00+09:00' }],
    approvals: [{ id: 'a1', sectionId: 'gaiyo', approvedBy: '山田 太郎', approvedAt: '2025-05-14T19:30:00+09:00' }],
  });
}

describe('parseReviewFile', () => {
  it('accepts a file written by 伴走 (after a JSON round trip)', () => {
    const r = parseReviewFile(roundTrip(returnedFile()), 'app-1');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.file.comments[0]?.quote).toBe('板金業者');
      expect(r.file.owner.content.gaiyo?.body).toBe('当社は昭和48年創業の板金業者です。');
    }
  });

  it('refuses another application’s file, naming it', () => {
    const r = parseReviewFile(roundTrip(returnedFile()), 'app-2');
    expect(r).toEqual({ ok: false, error: 'otherApplication', message: expect.stringContaining('別の申請書（「新メニュー開発と販路開拓」）の確認ファイルです') });
  });

  it('refuses a newer schemaVersion, asking to update the app', () => {
    const raw = { ...returnedFile(), schemaVersion: REVIEW_FILE_VERSION + 1 };
    const r = parseReviewFile(roundTrip(raw), 'app-1');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe('newerVersion');
      expect(r.message).toBe(`新しいバージョンの伴走で作成された確認ファイルです（形式 ${REVIEW_FILE_VERSION + 1}、このアプリは ${REVIEW_FILE_VERSION} まで対応）。アプリを更新してから取り込んでください。`);
    }
  });

  it('refuses content edited by hand (checksum mismatch)', () => {
    const raw = roundTrip(returnedFile());
    const edited = JSON.parse(JSON.stringify(raw).replace('板金業者です', '板金業者でした'));
    const r = parseReviewFile(edited, 'app-1');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe('tampered');
      expect(r.message).toContain('確認ファイルの内容が保存後に書き換えられています（チェックサムが一致しません）');
    }
  });

  it('refuses a missing or malformed checksum, and a hand-edited comment', () => {
    const { checksum: _drop, ...noSum } = returnedFile();
    expect(parseReviewFile(roundTrip(noSum), 'app-1')).toMatchObject({ ok: false, error: 'tampered' });
    const f = returnedFile();
    const c = { ...f, comments: f.comments.map((x) => ({ ...x, body: '書き換え' })) };
    expect(parseReviewFile(roundTrip(c), 'app-1')).toMatchObject({ ok: false, error: 'tampered' });
  });

  it('key order does not matter (canonical JSON)', () => {
    const f = roundTrip(returnedFile());
    const reordered = Object.fromEntries(Object.entries(f as object).reverse());
    expect(parseReviewFile(reordered, 'app-1').ok).toBe(true);
  });

  it('refuses something that is not a review file', () => {
    expect(parseReviewFile({ format: 'banso.application', schemaVersion: 1 }, 'app-1')).toMatchObject({ ok: false, error: 'notReviewFile' });
    expect(parseReviewFile('text', 'app-1')).toMatchObject({ ok: false, error: 'notReviewFile' });
  });

  it('a correctly sealed but inconsistent file is refused by the schema', () => {
    const f = returnedFile();
    const bad = sealReviewFile({ ...f, baseRevision: 99 });
    const r = parseReviewFile(roundTrip(bad), 'app-1');
    expect(r).toMatchObject({ ok: false, error: 'invalid', message: expect.stringContaining('baseRevision') });
  });
});
