import { describe, expect, it } from 'vitest';
import { buildReviewReply, type OwnerState } from '../../../shared/review/replyBuild';
import { parseReviewReply } from '../../../shared/review/reply';
import { sealChecksum, valuesHash } from '../../../shared/review/seal';
import { sectionHash } from '../../../shared/review/schema';
import { reviewPageData } from '../../../shared/review/html/buildReviewHtml';
import { demo } from '../demoFixtures';

const d = demo('monozukuri-20');
const data = reviewPageData({ template: d.template, application: d.application, clientName: d.client.name, figures: undefined, reviewId: 'review-1', sentAt: '2026-11-24T03:00:00.000Z', replyFileBase: 'x' });
const text = d.application.content.kakushinsei?.kakushinsei as string;

const state: OwnerState = {
  reviewer: '佐藤 花子',
  comments: [
    { id: 'c1', sectionId: 'kakushinsei', fieldId: 'kakushinsei', quote: text.slice(3, 12), anchor: { start: 3, end: 12 }, body: 'ここは言い過ぎでは。', proposedText: '控えめな表現', author: '佐藤 花子', createdAt: '2026-11-25T01:00:00.000Z' },
    { id: 'c2', sectionId: 'haikei', body: '全体に良いと思います。', author: '', createdAt: '2026-11-25T01:05:00.000Z' },
  ],
  approvals: [{ id: 'a1', sectionId: 'haikei', approvedBy: '佐藤 花子', approvedAt: '2026-11-25T01:06:00.000Z' }],
};
/** As the file is read back: written as JSON, parsed. */
const saved = () => JSON.parse(JSON.stringify(buildReviewReply(data, state, '2026-11-25T02:00:00.000Z'), null, 2)) as Record<string, unknown>;
const reseal = (o: Record<string, unknown>) => ({ ...o, checksum: sealChecksum(o) });

describe('the owner’s reply (banso.review-reply)', () => {
  it('carries the comments with anchors and proposals, and approvals of the text as sent; it parses back', () => {
    const r = parseReviewReply(saved(), d.application.id);
    if (!r.ok) throw new Error(r.message);
    expect(r.reply).toMatchObject({ applicationId: d.application.id, reviewId: 'review-1', baseRevision: d.application.revision, reviewer: '佐藤 花子' });
    expect(r.reply.comments[0]).toMatchObject({ fieldId: 'kakushinsei', quote: text.slice(3, 12), anchor: { start: 3, end: 12 }, proposedText: '控えめな表現', role: 'owner' });
    expect(r.reply.comments[1]?.author).toBe('佐藤 花子'); // no name on the comment: the reviewer's
    const a = r.reply.approvals[0]!;
    expect(a.content).toEqual(d.application.content.haikei);
    expect(a.contentHash).toBe(sectionHash(d.application.content.haikei)); // the same hash the app's approvals carry
    expect(valuesHash(undefined)).toBe(sectionHash(undefined));
  });

  it('is small: only the owner’s work, not the application', () => {
    expect(JSON.stringify(saved()).length).toBeLessThan(JSON.stringify(d.application).length);
  });

  it('refuses a reply edited by hand', () => {
    const raw = saved();
    (raw.comments as { body: string }[])[0]!.body = '書き換えた';
    expect(parseReviewReply(raw, d.application.id)).toMatchObject({ ok: false, error: 'tampered', message: expect.stringContaining('書き換えられています') });
    const noSeal = { ...saved(), checksum: undefined };
    expect(parseReviewReply(noSeal, d.application.id)).toMatchObject({ ok: false, error: 'tampered' });
  });

  it('refuses another application’s reply, a newer format and what is not a reply', () => {
    expect(parseReviewReply(saved(), 'another-application')).toMatchObject({ ok: false, error: 'otherApplication', message: expect.stringContaining('別の申請書') });
    expect(parseReviewReply(reseal({ ...saved(), schemaVersion: 2 }), d.application.id)).toMatchObject({ ok: false, error: 'newerVersion' });
    expect(parseReviewReply({ format: 'banso.review' }, d.application.id)).toMatchObject({ ok: false, error: 'notReviewFile' });
    expect(parseReviewReply('x', d.application.id)).toMatchObject({ ok: false, error: 'notReviewFile' });
  });

  it('refuses an approval whose content does not match its hash, and an anchor that does not fit its quote, even when resealed', () => {
    const raw = saved();
    const approvals = raw.approvals as { content: Record<string, unknown> }[];
    approvals[0]!.content = { haikei: '別の文章' };
    expect(parseReviewReply(reseal(raw), d.application.id)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringContaining('approvals.0.contentHash') });
    const raw2 = saved();
    (raw2.comments as { anchor: { end: number } }[])[0]!.anchor.end = 99;
    expect(parseReviewReply(reseal(raw2), d.application.id)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringContaining('anchor') });
  });
});
