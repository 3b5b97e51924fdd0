import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { reviewContract } from '../../shared/api/reviewContract';
import { createReviewFile, parseReviewFile, sealReviewFile, sectionHash, type ReviewComment } from '../../shared/review/schema';
import { mergeReviewFile, resolveConflict } from '../../shared/review/merge';
import { proposalResult } from '../../shared/review/applyProposal';
import { sectionPart } from '../../shared/schemas/revisions';
import type { Application } from '../../shared/schemas/application';
import { Client } from '../../shared/schemas/client';
import { createSnapshotsRepo } from '../store/snapshots';
import { createReviewRepo } from '../store/review';
import { safeFileName, ymd } from '../export/fileName';
import type { HandlerDeps, Handlers } from './handlers';
import { createPortfolioHandlers } from './portfolioHandlers';
import { createReviewHtmlHandlers } from './reviewHtmlHandlers';
import { createReplyImport } from './reviewReply';
import { isReviewReply } from '../../shared/review/reply';
import { conflictPlace } from '../../shared/review/conflictPlace';

type ReviewHandlers = Pick<Handlers, keyof typeof reviewContract>;

function parseJsonFile(base64: string): unknown {
  try {
    return JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    throw new ApiFailure('BAD_INPUT', '伴走の確認用ファイルではありません（JSONとして読めません）。');
  }
}

/** Owner review and history. Every review round takes a snapshot; nothing is ever overwritten silently. */
export function createReviewHandlers(deps: HandlerDeps): ReviewHandlers {
  const { applications, clients, sql } = deps;
  const snapshots = createSnapshotsRepo(sql);
  const review = createReviewRepo(sql);
  const state = async (applicationId: string) => ({ comments: await review.comments(applicationId), approvals: await review.approvals(applicationId) });
  const importReply = createReplyImport(deps);

  return {
    listVersions: async ({ applicationId }) => (await applications.get(applicationId), snapshots.list(applicationId)),
    takeSnapshot: async ({ applicationId, name }) => snapshots.take(await applications.get(applicationId), 'manual', name),
    getVersion: ({ id }) => snapshots.get(id),
    restoreVersion: ({ id, baseRevision }) =>
      sql.tx(async () => {
        const old = await snapshots.get(id);
        const current = await applications.get(old.id);
        await snapshots.take(current, 'restore', `復元前（第${current.revision}版）`);
        return applications.replaceBody(old.id, old, { whole: baseRevision });
      }),

    getReview: async ({ applicationId }) => (await applications.get(applicationId), state(applicationId)),
    addComment: async ({ applicationId, ...c }) => {
      await applications.get(applicationId);
      const at = new Date().toISOString();
      return review.saveComment(applicationId, { id: randomUUID(), ...c, createdAt: at });
    },
    resolveComment: ({ applicationId, commentId, apply, by, baseRevision }) =>
      sql.tx(async () => {
        const c = (await review.comments(applicationId)).find((x) => x.id === commentId);
        if (!c) throw new ApiFailure('NOT_FOUND', '指定されたコメントが見つかりません。');
        let application = await applications.get(applicationId);
        let undoVersionId: string | null = null;
        if (apply) {
          if (baseRevision === undefined) throw new ApiFailure('BAD_INPUT', '修正案を反映するには、確認した版（baseRevision）を指定してください。');
          const r = proposalResult(application, c);
          if (!r.ok) throw new ApiFailure('CONFLICT', r.message);
          undoVersionId = (await snapshots.take(application, 'manual', 'コメントの修正案を反映する前')).id;
          const values = { ...(application.content[c.sectionId] ?? {}), [c.fieldId ?? '']: r.after };
          await applications.saveSection(applicationId, c.sectionId, values, baseRevision);
          application = await applications.get(applicationId);
        }
        const comment = await review.saveComment(applicationId, { ...c, resolvedAt: new Date().toISOString(), resolvedBy: by });
        return { comment, application, undoVersionId };
      }),
    setApproval: async ({ applicationId, sectionId, approved, by }) => {
      const app = await applications.get(applicationId);
      const content = app.content[sectionId] ?? {};
      if (approved) await review.saveApproval(applicationId, { id: randomUUID(), sectionId, approvedBy: by, approvedAt: new Date().toISOString(), contentHash: sectionHash(content), content });
      else await review.removeApproval(applicationId, sectionId);
      return state(applicationId);
    },

    exportReviewFile: async ({ applicationId, role, purpose }) => {
      const app = await applications.get(applicationId);
      const client = await clients.get(app.clientId);
      const now = new Date().toISOString();
      let file;
      if (role === 'advisor') {
        await snapshots.take(app, 'review', purpose === 'checkout' ? `持ち出し（${deps.me.name}）` : '事業者確認へ送付');
        file = sealReviewFile({ ...createReviewFile(app, now, deps.info.version), client, ...(purpose === 'checkout' ? { purpose } : {}) });
      } else {
        const sent = (await snapshots.list(applicationId)).find((s) => s.kind === 'review');
        if (!sent) throw new ApiFailure('BAD_INPUT', 'この申請は確認用ファイルから開かれていません。');
        const base = await snapshots.get(sent.id);
        const { comments, approvals } = await state(applicationId);
        file = sealReviewFile({ format: 'banso.review', schemaVersion: 1, applicationId, baseRevision: base.revision, createdAt: sent.createdAt, returnedAt: now, appVersion: deps.info.version, client, base, owner: app, comments, approvals, ...(purpose === 'checkout' ? { purpose } : {}) });
      }
      const suffix = purpose === 'checkout' ? (role === 'advisor' ? '持ち出し' : '持ち帰り') : role === 'advisor' ? '確認依頼' : '確認済み';
      return { fileName: `${safeFileName(client.name, 40)}_${safeFileName(app.title, 40)}_${suffix}_${ymd(new Date())}.banso-review.json`, mime: 'application/json', base64: Buffer.from(JSON.stringify(file)).toString('base64') };
    },
    openReviewFile: async ({ base64 }) => {
      const raw = parseJsonFile(base64);
      const id = typeof raw === 'object' && raw !== null && 'applicationId' in raw ? String((raw as { applicationId: unknown }).applicationId) : '';
      const parsed = parseReviewFile(raw, id);
      if (!parsed.ok) throw new ApiFailure('BAD_INPUT', parsed.message);
      const f = parsed.file;
      if (!deps.templates.templates.some((t) => t.id === f.owner.templateId)) throw new ApiFailure('BAD_INPUT', `この確認ファイルの様式（${f.owner.templateId}）はこのバージョンの伴走にありません。`);
      return sql.tx(async () => {
        if (!(await clients.exists(f.owner.clientId))) {
          const at = f.createdAt;
          await clients.restore(f.client ?? Client.parse({ id: f.owner.clientId, name: '（確認依頼の事業者）', createdAt: at, updatedAt: at }));
        }
        let app: Application;
        if (await applications.exists(f.owner.id)) {
          const current = await applications.get(f.owner.id);
          await snapshots.take(current, 'import', '確認ファイルを開く前');
          app = await applications.replaceBody(current.id, f.owner, null);
        } else app = await applications.restore(f.owner);
        await snapshots.take(f.base, 'review', f.purpose === 'checkout' ? '持ち出した版' : '確認依頼として受け取った版');
        for (const c of f.comments) await review.saveComment(app.id, c);
        for (const a of f.approvals) await review.saveApproval(app.id, a);
        return { ...app, openedAs: f.purpose ?? ('review' as const) };
      });
    },
    importReviewFile: async ({ applicationId, base64, resolutions, baseRevision }) => {
      const raw = parseJsonFile(base64);
      if (isReviewReply(raw)) return importReply(applicationId, raw);
      const parsed = parseReviewFile(raw, applicationId);
      if (!parsed.ok) throw new ApiFailure('BAD_INPUT', parsed.message);
      const current = await applications.get(applicationId);
      const had = await state(applicationId);
      let result = mergeReviewFile(parsed.file, current, had);
      const existing = new Set(had.comments.map((c) => c.id));
      const existingApprovals = new Set(had.approvals.map((a) => a.id));
      const summary = {
        appliedChanges: result.applied.length,
        newComments: result.comments.filter((c) => !existing.has(c.id)).length,
        newApprovals: result.approvals.filter((a) => !existingApprovals.has(a.id)).length,
      };
      const unresolved = result.conflicts.filter((c) => resolutions[c.id] === undefined);
      if (unresolved.length > 0) return { applied: false, conflicts: result.conflicts, ...summary };
      const sections = deps.templates.templates.find((t) => t.id === current.templateId)?.sections ?? [];
      const notBoth = result.conflicts.find((c) => resolutions[c.id] === 'both' && !conflictPlace(sections, current, c).keepBoth);
      if (notBoth) throw new ApiFailure('BAD_INPUT', `「${conflictPlace(sections, current, notBoth).place}」は両方を残せません。指導員の版か事業者の版を選んでください。`);
      for (const c of result.conflicts) result = resolveConflict(result, c.id, resolutions[c.id]!);
      const merged = result;
      const application = await sql.tx(async () => {
        await snapshots.take(current, 'import', parsed.file.purpose === 'checkout' ? '持ち帰りを取り込む前' : '事業者確認を取り込む前');
        const renamed = await applications.replaceBody(applicationId, merged.merged, { whole: baseRevision });
        for (const c of merged.comments) await review.saveComment(applicationId, c);
        for (const a of merged.approvals) await review.saveApproval(applicationId, a);
        await snapshots.take(renamed, 'reviewReturn', '事業者確認を取り込んだ版');
        return renamed;
      });
      return { applied: true, conflicts: [], ...summary, application };
    },
    ...createPortfolioHandlers(deps),
    ...createReviewHtmlHandlers(deps),
  };
}
