import { describe, expect, it } from 'vitest';
import { contentRevision, partRevision, sectionPart } from '../../../shared/schemas/revisions';
import type { Application } from '../../../shared/schemas/application';
import { templates } from '../demoFixtures';
import { realEnv } from '../dataSafety/env';
import { BACKENDS, type Backend } from '../testStore';

/** A data store of its own: the advisor's, or the owner's at home. */
const machine = (backend: Backend) => realEnv(backend);

async function advisorWithDemo(backend: Backend) {
  const m = await machine(backend);
  const { application: app } = await m.withDemo('jizokuka-17');
  return { ...m, app };
}

const text = (a: Application, s: string, f: string) => a.content[s]?.[f];

describe.each(BACKENDS)('on %s', (backend) => {
  describe('持ち出し (checkout) by file', () => {
    it('opens in the editor on the laptop; the return file merges and is named as such', async () => {
      const adv = await advisorWithDemo(backend);
      const out = await adv.call<{ base64: string; fileName: string }>('exportReviewFile', { applicationId: adv.app.id, role: 'advisor', purpose: 'checkout' });
      expect(out.fileName).toMatch(/持ち出し/);
      const laptop = await machine(backend);
      const opened = await laptop.call<Application & { openedAs: string }>('openReviewFile', { base64: out.base64 });
      expect(opened.openedAs).toBe('checkout');
      const sid = 'keieiHoshin';
      const fid = Object.keys(opened.content[sid] ?? {})[0]!;
      await laptop.call('saveSection', { id: opened.id, sectionId: sid, values: { ...opened.content[sid], [fid]: '訪問先で書き直した方針。' }, baseRevision: partRevision(opened.revisions, sectionPart(sid)) });
      const back = await laptop.call<{ base64: string; fileName: string }>('exportReviewFile', { applicationId: opened.id, role: 'owner', purpose: 'checkout' });
      expect(back.fileName).toMatch(/持ち帰り/);
      const current = await adv.call<Application>('getApplication', { id: adv.app.id });
      const merged = await adv.call<{ applied: boolean; application: Application }>('importReviewFile', { applicationId: adv.app.id, base64: back.base64, baseRevision: current.revision });
      expect(merged.applied).toBe(true);
      expect(text(merged.application, sid, fid)).toBe('訪問先で書き直した方針。');
      const versions = await adv.call<{ name: string }[]>('listVersions', { applicationId: adv.app.id });
      expect(versions.map((v) => v.name)).toEqual(expect.arrayContaining(['持ち帰りを取り込む前']));
    });
  });

  describe('owner review at home, round trip', () => {
    it('advisor exports, owner comments and approves, advisor imports; a conflict is resolved by choice', async () => {
      const adv = await advisorWithDemo(backend);
      const sent = await adv.call<{ base64: string; fileName: string }>('exportReviewFile', { applicationId: adv.app.id, role: 'advisor' });
      expect(sent.fileName).toMatch(/確認依頼/);

      const owner = await machine(backend);
      const opened = await owner.call<Application & { openedAs: string }>('openReviewFile', { base64: sent.base64 });
      expect([opened.id, opened.openedAs]).toEqual([adv.app.id, 'review']);
      // The owner comments, approves two sections and rewrites one text.
      await owner.call('addComment', { applicationId: opened.id, sectionId: 'kigyoGaiyo', body: '従業員数は5名に増えました。', author: '青木 健一', role: 'owner' });
      await owner.call('setApproval', { applicationId: opened.id, sectionId: 'tsuyomi', approved: true, by: '青木 健一' });
      await owner.call('setApproval', { applicationId: opened.id, sectionId: 'kokyakuNeeds', approved: true, by: '青木 健一' });
      const [sid, fid] = ['keieiHoshin', Object.keys(opened.content.keieiHoshin ?? {})[0]!];
      await owner.call('saveSection', { id: opened.id, sectionId: sid, values: { ...opened.content[sid], [fid]: '事業者が書き直した方針。' }, baseRevision: partRevision(opened.revisions, sectionPart(sid)) });
      const back = await owner.call<{ base64: string }>('exportReviewFile', { applicationId: opened.id, role: 'owner' });

      // Meanwhile the advisor changed the same field differently.
      const saved = await adv.call<{ revision: number }>('saveSection', { id: adv.app.id, sectionId: sid, values: { ...adv.app.content[sid], [fid]: '指導員が直した方針。' }, baseRevision: partRevision(adv.app.revisions, sectionPart(sid)) });
      const preview = await adv.call<{ applied: boolean; conflicts: { id: string }[]; newComments: number; newApprovals: number }>('importReviewFile', { applicationId: adv.app.id, base64: back.base64, baseRevision: saved.revision });
      expect(preview.applied).toBe(false);
      expect(preview.conflicts).toHaveLength(1);
      expect(preview.newComments).toBe(1);
      expect(preview.newApprovals).toBe(2);
      // Nothing changed yet: the advisor's text stays.
      expect(text(await adv.call<Application>('getApplication', { id: adv.app.id }), sid, fid)).toBe('指導員が直した方針。');

      const done = await adv.call<{ applied: boolean; application: Application }>('importReviewFile', { applicationId: adv.app.id, base64: back.base64, resolutions: { [preview.conflicts[0]!.id]: 'owner' }, baseRevision: saved.revision });
      expect(done.applied).toBe(true);
      expect(text(done.application, sid, fid)).toBe('事業者が書き直した方針。');
      const review = await adv.call<{ comments: unknown[]; approvals: { sectionId: string }[] }>('getReview', { applicationId: adv.app.id });
      expect(review.comments).toHaveLength(1);
      expect(review.approvals.map((a) => a.sectionId).sort()).toEqual(['kokyakuNeeds', 'tsuyomi']);
      // The advisor's version before the import is kept.
      const versions = await adv.call<{ kind: string }[]>('listVersions', { applicationId: adv.app.id });
      expect(versions.map((v) => v.kind)).toEqual(expect.arrayContaining(['review', 'import', 'reviewReturn']));
    });

    it('refuses a file for another application, a newer one, and one altered by hand; nothing changes', async () => {
      const adv = await advisorWithDemo(backend);
      const sent = await adv.call<{ base64: string }>('exportReviewFile', { applicationId: adv.app.id, role: 'advisor' });
      const raw = JSON.parse(Buffer.from(sent.base64, 'base64').toString('utf8'));
      const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');
      const before = await adv.call<Application>('getApplication', { id: adv.app.id });
      const other = await adv.fail('importReviewFile', { applicationId: adv.app.id, base64: b64({ ...raw, applicationId: 'someone-else' }), baseRevision: before.revision });
      expect(other.message).toContain('別の申請書');
      const newer = await adv.fail('importReviewFile', { applicationId: adv.app.id, base64: b64({ ...raw, schemaVersion: 9 }), baseRevision: before.revision });
      expect(newer.message).toContain('新しいバージョン');
      const tampered = structuredClone(raw);
      tampered.owner.title = '書き換えたタイトル';
      const t = await adv.fail('importReviewFile', { applicationId: adv.app.id, base64: b64(tampered), baseRevision: before.revision });
      expect(t.message).toContain('書き換えられています');
      expect(await adv.call<Application>('getApplication', { id: adv.app.id })).toEqual(before);
    });
  });

  describe('history', () => {
    it('restoring a version keeps the current one', async () => {
      const adv = await advisorWithDemo(backend);
      const v1 = await adv.call<{ id: string }>('takeSnapshot', { applicationId: adv.app.id, name: '指導員チェック前' });
      const saved = await adv.call<{ revision: number }>('saveSection', { id: adv.app.id, sectionId: 'kigyoGaiyo', values: { x: '消してしまった' }, baseRevision: partRevision(adv.app.revisions, 'section:kigyoGaiyo') });
      const restored = await adv.call<Application>('restoreVersion', { id: v1.id, baseRevision: saved.revision });
      expect(restored.content.kigyoGaiyo).toEqual(adv.app.content.kigyoGaiyo);
      const versions = await adv.call<{ kind: string; id: string }[]>('listVersions', { applicationId: adv.app.id });
      const kept = versions.find((v) => v.kind === 'restore')!;
      expect((await adv.call<Application>('getVersion', { id: kept.id })).content.kigyoGaiyo).toEqual({ x: '消してしまった' });
    });
  });

  describe('pipeline', () => {
    it('moves step by step with dates, refuses a skip, records 採択額; the body revisions (autosave guards) are untouched', async () => {
      const adv = await advisorWithDemo(backend);
      const id = adv.app.id;
      type P = { record: { status: string; dates: Record<string, string> }; revision: number };
      const r1 = await adv.call<P>('moveApplication', { applicationId: id, to: 'ready', on: '2026-11-01', baseRevision: 0 });
      const err = await adv.fail('moveApplication', { applicationId: id, to: 'adopted', on: '2026-11-02', baseRevision: r1.revision });
      expect(err.message).toContain('進められません');
      const stale = await adv.fail('moveApplication', { applicationId: id, to: 'submitted', on: '2026-11-05', baseRevision: 0 });
      expect(stale.code).toBe('CONFLICT');
      const r2 = await adv.call<P>('moveApplication', { applicationId: id, to: 'submitted', on: '2026-11-05', baseRevision: r1.revision });
      const s = await adv.call<P>('moveApplication', { applicationId: id, to: 'adopted', on: '2027-01-20', baseRevision: r2.revision });
      expect(s.record.status).toBe('adopted');
      expect(s.record.dates).toMatchObject({ readyAt: '2026-11-01', submittedAt: '2026-11-05', resultAt: '2027-01-20' });
      await adv.call('setAssignment', { applicationId: id, advisor: '田中 美咲', adoptedYen: 500_000, baseRevision: s.revision });
      type Card = { id: string; stage: string; adoptedYen: number | null; advisor: string };
      const p = await adv.call<{ stages: { stage: string; count: number; cards: Card[] }[]; total: number; stats: { overall: { rate: { label: string } } } }>('getPortfolio', { today: '2027-02-01' });
      expect(p.total).toBe(1);
      expect(p.stages.flatMap((c) => c.cards)).toEqual([expect.objectContaining({ id, stage: 'adopted', adoptedYen: 500_000, advisor: '田中 美咲' })]);
      expect(p.stages.find((c) => c.stage === 'adopted')).toMatchObject({ count: 1, cards: [{ id }] });
      expect(p.stats.overall.rate.label).toBe('1 / 1 = 100.0%');
      const after = await adv.call<Application>('getApplication', { id });
      expect(contentRevision(after.revisions)).toBe(contentRevision(adv.app.revisions));
    });

    it("lists what is due from the round's own dates: the 様式4 cut-off and the deadline", async () => {
      const adv = await advisorWithDemo(backend);
      const round = templates.find((t) => t.id === adv.app.templateId)!.round!;
      const p = await adv.call<{ due: { kind: string; date: string; label: string }[] }>('getPortfolio', { today: round.deadline.replace(/-\d\d$/, '-01'), withinDays: 45 });
      expect(p.due.map((d) => d.kind)).toEqual(['yoshiki4', 'application']);
      expect(p.due[1]!.date).toBe(round.deadline);
      if (round.yoshiki4Deadline) expect(p.due[0]!.date).toBe(round.yoshiki4Deadline);
      // The first `dueLimit`, the nearest first, with the count of all.
      const one = await adv.call<{ due: { kind: string }[]; dueCount: number }>('getPortfolio', { today: round.deadline.replace(/-\d\d$/, '-01'), withinDays: 45, dueLimit: 1 });
      expect([one.due.map((d) => d.kind), one.dueCount]).toEqual([['yoshiki4'], 2]);
    });

    it('exports the 経営発達支援事業 counts as an Excel sheet', async () => {
      const adv = await advisorWithDemo(backend);
      const f = await adv.call<{ fileName: string; base64: string }>('exportHattatsuSheet', { fiscalYear: 2026 });
      expect(f.fileName).toBe('経営発達支援事業_実績_2026年度.xlsx');
      const { unzipSync, strFromU8 } = await import('fflate');
      const files = unzipSync(new Uint8Array(Buffer.from(f.base64, 'base64')));
      expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain('事業計画策定');
    });
  });
});
