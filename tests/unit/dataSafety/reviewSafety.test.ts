import { describe, expect, it } from 'vitest';
import { realEnv } from './env';
import type { Application } from '../../../shared/schemas/application';
import type { ReviewComment, SectionApproval } from '../../../shared/review/schema';
import { partRevision, sectionPart } from '../../../shared/schemas/revisions';
import { approvalState } from '../../../shared/review/approvalState';
import { proposalResult } from '../../../shared/review/applyProposal';

async function setup() {
  const env = await realEnv();
  const { application: app, template } = await env.withDemo('jizokuka-20');
  const section = template.sections.find((s) => s.fields.some((f) => f.kind === 'text') && Object.values(app.content[s.id] ?? {}).some((v) => typeof v === 'string' && v.length > 150))!;
  const fid = section.fields.find((f) => f.kind === 'text' && typeof app.content[section.id]?.[f.id] === 'string')!.id;
  return { ...env, app, sid: section.id, fid, text: app.content[section.id]![fid] as string };
}

describe('a whole-field 修正案 is previewed, versioned and undoable', () => {
  it('the preview says it replaces the whole field; apply needs the section revision; undo brings the text back', async () => {
    const { call, fail, app, sid, fid, text } = await setup();
    const c = await call<ReviewComment>('addComment', { applicationId: app.id, sectionId: sid, fieldId: fid, body: '短くしてください', proposedText: '短い文章です。', author: '事業者', role: 'owner' });
    const preview = proposalResult(app, c);
    expect(preview).toMatchObject({ ok: true, wholeField: true, before: text, after: '短い文章です。' });
    // Applying without saying which text was previewed is refused; so is a stale preview.
    expect((await fail('resolveComment', { applicationId: app.id, commentId: c.id, apply: true, by: '指導員' })).code).toBe('BAD_INPUT');
    const base = partRevision(app.revisions, sectionPart(sid));
    const edited = await call<{ revision: number }>('saveSection', { id: app.id, sectionId: sid, values: { ...app.content[sid], [fid]: `${text}追記` }, baseRevision: base });
    expect((await fail('resolveComment', { applicationId: app.id, commentId: c.id, apply: true, by: '指導員', baseRevision: base })).code).toBe('CONFLICT');
    const r = await call<{ application: Application; undoVersionId: string }>('resolveComment', { applicationId: app.id, commentId: c.id, apply: true, by: '指導員', baseRevision: edited.revision });
    expect(r.application.content[sid]?.[fid]).toBe('短い文章です。');
    const undone = await call<Application>('restoreVersion', { id: r.undoVersionId, baseRevision: r.application.revision });
    expect(undone.content[sid]?.[fid]).toBe(`${text}追記`);
  });
});

describe('確認済み is of a specific text', () => {
  it('after the advisor rewrites the section it reads 確認後に変更あり, with the approved text kept for the diff', async () => {
    const { call, app, sid, fid, text } = await setup();
    await call('setApproval', { applicationId: app.id, sectionId: sid, approved: true, by: '青木' });
    const { approvals } = await call<{ approvals: SectionApproval[] }>('getReview', { applicationId: app.id });
    const approval = approvals.find((a) => a.sectionId === sid)!;
    expect(approval.content?.[fid]).toBe(text);
    expect(approvalState(approval, app.content[sid])).toBe('approved');
    await call('saveSection', { id: app.id, sectionId: sid, values: { ...app.content[sid], [fid]: '指導員が書き直した文章。' }, baseRevision: partRevision(app.revisions, sectionPart(sid)) });
    const now = await call<Application>('getApplication', { id: app.id });
    expect(approvalState(approval, now.content[sid])).toBe('changedSince');
    expect(approvalState(undefined, now.content[sid])).toBe('none');
  });
});

describe('a submitted application is read-only until 「提出後に修正する」', () => {
  it('saves are refused with LOCKED; unlocking keeps a version; submitting again locks again', async () => {
    const { call, fail, app, sid, fid } = await setup();
    type P = { revision: number };
    let p = await call<P>('moveApplication', { applicationId: app.id, to: 'ready', on: '2026-12-01', baseRevision: 0 });
    p = await call<P>('moveApplication', { applicationId: app.id, to: 'submitted', on: '2026-12-10', baseRevision: p.revision });
    const base = partRevision(app.revisions, sectionPart(sid));
    const locked = await fail('saveSection', { id: app.id, sectionId: sid, values: { [fid]: '提出後の書き換え' }, baseRevision: base });
    expect(locked.code).toBe('LOCKED');
    expect(locked.message).toContain('提出後に修正する');
    for (const [m, input] of [
      ['saveFinancialPlan', { id: app.id, plan: app.financialPlan, baseRevision: 0 }],
      ['saveExpenses', { id: app.id, expenses: [], baseRevision: 0 }],
      ['renameApplication', { id: app.id, title: 'x', baseRevision: 0 }],
    ] as const) expect((await fail(m, input)).code).toBe('LOCKED');
    expect((await call<Application>('getApplication', { id: app.id })).content).toEqual(app.content);

    const unlocked = await call<Application>('unlockSubmitted', { id: app.id, reason: '事務局から補正の依頼' });
    expect(unlocked.editUnlocked).toBe(true);
    const versions = await call<{ kind: string; name: string }[]>('listVersions', { applicationId: app.id });
    expect(versions[0]).toMatchObject({ kind: 'submission', name: expect.stringContaining('提出後の修正前') });
    await call('saveSection', { id: app.id, sectionId: sid, values: { [fid]: '補正した文章' }, baseRevision: base });

    // Back to ready and submitted again: read-only again.
    p = await call<P>('moveApplication', { applicationId: app.id, to: 'ready', on: '2026-12-11', baseRevision: p.revision });
    await call<P>('moveApplication', { applicationId: app.id, to: 'submitted', on: '2026-12-12', baseRevision: p.revision });
    expect((await call<Application>('getApplication', { id: app.id })).editUnlocked).toBe(false);
    expect((await fail('saveSection', { id: app.id, sectionId: sid, values: { [fid]: 'もう一度' }, baseRevision: 999 })).code).toBe('LOCKED');
  });
});
