import { describe, expect, it } from 'vitest';
import { buildReviewReply, type OwnerState } from '../../../shared/review/replyBuild';
import type { ReviewPageData } from '../../../shared/review/html/pageData';
import { approvalState } from '../../../shared/review/approvalState';
import { KEEP_BOTH_SEPARATOR } from '../../../shared/review/keepBoth';
import { partRevision, sectionPart } from '../../../shared/schemas/revisions';
import type { Application } from '../../../shared/schemas/application';
import { sealReviewFile, type ReviewComment, type SectionApproval } from '../../../shared/review/schema';
import { templates } from '../demoFixtures';
import { realEnv } from '../dataSafety/env';
import { BACKENDS, type Backend } from '../testStore';

/** The advisor's copy of 伴走 with the もの補助 demo application. */
async function advisor(backend: Backend) {
  const env = await realEnv(backend);
  const { application: app } = await env.withDemo('monozukuri-20');
  return { ...env, app };
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const pageData = (html: string) => JSON.parse(html.match(/<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/)?.[1] ?? 'null') as ReviewPageData;

describe.each(BACKENDS)('on %s', (backend) => {
  describe('the HTML review file, round trip through the API', () => {
    it('advisor exports the page; the owner’s reply brings comments and 確認済み of the text as sent', async () => {
      const adv = await advisor(backend);
      const file = await adv.call<{ fileName: string; mime: string; base64: string }>('exportReviewHtml', { applicationId: adv.app.id });
      expect(file.fileName).toMatch(/確認用_\d{8}\.html$/);
      expect(file.mime).toBe('text/html');
      const html = Buffer.from(file.base64, 'base64').toString('utf8');
      const data = pageData(html);
      expect(data).toMatchObject({ applicationId: adv.app.id, baseRevision: adv.app.revision });
      const versions = await adv.call<{ kind: string; name: string }[]>('listVersions', { applicationId: adv.app.id });
      expect(versions.some((v) => v.kind === 'review' && v.name.includes('HTML'))).toBe(true);

      // The owner, in the page: a comment with a 修正案 on a passage, and two sections 確認済み.
      const text = data.sections.find((s) => s.id === 'kakushinsei')?.content.kakushinsei as string;
      const state: OwnerState = {
        reviewer: '佐藤 花子',
        comments: [{ id: 'c1', sectionId: 'kakushinsei', fieldId: 'kakushinsei', quote: text.slice(0, 10), anchor: { start: 0, end: 10 }, body: '表現を変えたい', proposedText: '当社独自の', author: '佐藤 花子', createdAt: '2026-11-25T01:00:00.000Z' }],
        approvals: [
          { id: 'a1', sectionId: 'haikei', approvedBy: '佐藤 花子', approvedAt: '2026-11-25T01:01:00.000Z' },
          { id: 'a2', sectionId: 'zentaiKeikaku', approvedBy: '佐藤 花子', approvedAt: '2026-11-25T01:02:00.000Z' },
        ],
      };
      const reply = buildReviewReply(data, state, '2026-11-25T02:00:00.000Z');

      // Meanwhile the advisor edits one of the approved sections.
      const saved = await adv.call<{ revision: number }>('saveSection', { id: adv.app.id, sectionId: 'zentaiKeikaku', values: { zentaiKeikaku: '指導員が書き直した。' }, baseRevision: partRevision(adv.app.revisions, sectionPart('zentaiKeikaku')) });
      const done = await adv.call<{ applied: boolean; conflicts: unknown[]; newComments: number; newApprovals: number; application: Application }>('importReviewFile', { applicationId: adv.app.id, base64: b64(reply), baseRevision: saved.revision });
      expect(done).toMatchObject({ applied: true, conflicts: [], newComments: 1, newApprovals: 2 });
      expect(done.application.content.zentaiKeikaku?.zentaiKeikaku).toBe('指導員が書き直した。'); // the text is untouched

      const review = await adv.call<{ comments: ReviewComment[]; approvals: SectionApproval[] }>('getReview', { applicationId: adv.app.id });
      expect(review.comments[0]).toMatchObject({ id: 'c1', quote: text.slice(0, 10), proposedText: '当社独自の', author: '佐藤 花子', role: 'owner' });
      const now = await adv.call<Application>('getApplication', { id: adv.app.id });
      const stateOf = (sid: string) => approvalState(review.approvals.find((a) => a.sectionId === sid), now.content[sid]);
      expect(stateOf('haikei')).toBe('approved');
      expect(stateOf('zentaiKeikaku')).toBe('changedSince'); // 確認後に変更あり

      // The 修正案 applies to the passage as any comment's does.
      const applied = await adv.call<{ application: Application }>('resolveComment', { applicationId: adv.app.id, commentId: 'c1', apply: true, by: '指導員', baseRevision: partRevision(now.revisions, sectionPart('kakushinsei')) });
      expect(applied.application.content.kakushinsei?.kakushinsei).toBe(`当社独自の${text.slice(10)}`);

      // Reading the same reply again adds nothing.
      const again = await adv.call<{ newComments: number; newApprovals: number }>('importReviewFile', { applicationId: adv.app.id, base64: b64(reply), baseRevision: applied.application.revision });
      expect(again).toMatchObject({ newComments: 0, newApprovals: 0 });
    });

    it('refuses a reply edited by hand or meant for another application; nothing changes', async () => {
      const adv = await advisor(backend);
      const html = Buffer.from((await adv.call<{ base64: string }>('exportReviewHtml', { applicationId: adv.app.id })).base64, 'base64').toString('utf8');
      const reply = buildReviewReply(pageData(html), { reviewer: '佐藤', comments: [], approvals: [{ id: 'a1', sectionId: 'haikei', approvedBy: '佐藤', approvedAt: '2026-11-25T01:01:00.000Z' }] }, '2026-11-25T02:00:00.000Z');
      const tampered = { ...reply, reviewer: '別人' };
      expect((await adv.fail('importReviewFile', { applicationId: adv.app.id, base64: b64(tampered), baseRevision: adv.app.revision })).message).toContain('書き換えられています');
      expect((await adv.fail('importReviewFile', { applicationId: adv.app.id, base64: b64({ ...reply, applicationId: 'other' }), baseRevision: adv.app.revision })).message).toContain('別の申請書');
      expect((await adv.call<{ approvals: unknown[] }>('getReview', { applicationId: adv.app.id })).approvals).toEqual([]);
    });
  });

  describe('両方を残す through the API', () => {
    it('keeps both texts of a conflicting field; refuses both for a single choice', async () => {
      const adv = await advisor(backend);
      const sent = await adv.call<{ base64: string }>('exportReviewFile', { applicationId: adv.app.id, role: 'advisor' });
      const file = JSON.parse(Buffer.from(sent.base64, 'base64').toString('utf8'));
      // The owner's copy of 伴走 changed the 革新性 text and the 申請枠; so did the advisor.
      const waku = templates.find((t) => t.id === 'monozukuri-20')!.sections[0]!.fields.find((f) => f.id === 'waku');
      if (waku?.kind !== 'choice') throw new Error('fixture');
      const other = waku.options.find((o) => o.value !== adv.app.content.kihon?.waku)!.value;
      const owner = { ...file.owner, content: { ...file.owner.content, kakushinsei: { kakushinsei: '事業者の文。' }, kihon: { ...file.owner.content.kihon, waku: other } } };
      const back = sealReviewFile({ ...file, owner, returnedAt: '2026-11-25T02:00:00.000Z' });
      const r1 = await adv.call<{ revision: number }>('saveSection', { id: adv.app.id, sectionId: 'kakushinsei', values: { kakushinsei: '指導員の文。' }, baseRevision: partRevision(adv.app.revisions, sectionPart('kakushinsei')) });
      const r2 = await adv.call<{ revision: number }>('saveSection', { id: adv.app.id, sectionId: 'kihon', values: { ...adv.app.content.kihon, waku: 'x' }, baseRevision: partRevision(adv.app.revisions, sectionPart('kihon')) });
      const baseRevision = Math.max(r1.revision, r2.revision);
      const preview = await adv.call<{ conflicts: { id: string }[] }>('importReviewFile', { applicationId: adv.app.id, base64: b64(back), baseRevision });
      expect(preview.conflicts.map((c) => c.id).sort()).toEqual(['field:kakushinsei/kakushinsei', 'field:kihon/waku']);
      const refused = await adv.fail('importReviewFile', { applicationId: adv.app.id, base64: b64(back), baseRevision, resolutions: { 'field:kakushinsei/kakushinsei': 'both', 'field:kihon/waku': 'both' } });
      expect(refused.message).toContain('「申請要件・申請枠 ／ 申請枠」は両方を残せません');
      const done = await adv.call<{ application: Application }>('importReviewFile', { applicationId: adv.app.id, base64: b64(back), baseRevision, resolutions: { 'field:kakushinsei/kakushinsei': 'both', 'field:kihon/waku': 'owner' } });
      expect(done.application.content.kakushinsei?.kakushinsei).toBe(`指導員の文。${KEEP_BOTH_SEPARATOR}事業者の文。`);
      expect(done.application.content.kihon?.waku).toBe(other);
    });
  });
});
