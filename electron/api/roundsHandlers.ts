import { randomBytes } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { roundsContract } from '../../shared/api/roundsContract';
import { buildRulePack, newRoundId, parseRulePack, type RulePack } from '../../shared/rounds/rulePack';
import { canMoveTo, planMove } from '../../shared/rounds/moveToRound';
import { checkContextOf } from '../../shared/checks/clientContext';
import { safeFileName } from '../export/fileName';
import { nodeSha256Hex, writePack } from '../rounds/packStore';
import { createSnapshotsRepo } from '../store/snapshots';
import { immediate } from '../store/db';
import type { HandlerDeps, Handlers } from './handlers';
import type { Template } from '../../shared/templates/template';

type RoundsHandlers = Pick<Handlers, keyof typeof roundsContract>;

const detail = (errors: { path: string; message: string }[]) => (errors.length ? `（${errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}）` : '');

/** New rounds as rule packs (made, exported, imported) and moving an application to a newer round. */
export function createRoundsHandlers(deps: HandlerDeps, template: (id: string) => Template): RoundsHandlers {
  const { templates, applications } = deps;
  const packs = (templates.packs ??= new Map<string, RulePack>());
  const snapshots = createSnapshotsRepo(deps.db);
  /** Adds a pack's round to the running app (and its file to the data folder). */
  const install = (pack: RulePack) => {
    writePack(deps.info.dataDir, pack);
    templates.templates.push(pack.template);
    packs.set(pack.template.id, pack);
  };
  return {
    createRound({ baseTemplateId, koboKai, name, edits }) {
      const base = template(baseTemplateId);
      const id = newRoundId(base, koboKai, randomBytes(3).toString('hex'));
      const named = [
        { key: 'koboKai', value: koboKai, source: { edition: '—', page: '—', note: '公募回の名前' } },
        { key: 'name', value: name, source: { edition: '—', page: '—', note: '名称' } },
      ];
      const r = buildRulePack({ base, id, edits: [...named.filter((n) => !edits.some((e) => e.key === n.key)), ...edits], createdAt: new Date().toISOString(), appVersion: deps.info.version });
      if (!r.ok) throw new ApiFailure('BAD_INPUT', `${r.message}${detail(r.errors)}`);
      install(r.value);
      return { templateId: id };
    },
    exportRulePack({ templateId }) {
      const pack = packs.get(templateId);
      if (!pack) throw new ApiFailure('NOT_FOUND', 'この公募回はアプリに同梱されたものです。書き出せるのは「新しい公募回を作る」で作った公募回だけです。');
      return { fileName: `${safeFileName(pack.template.name, 60)}.banso-rules.json`, mime: 'application/json', base64: Buffer.from(JSON.stringify(pack, null, 1)).toString('base64') };
    },
    importRulePack({ base64 }) {
      let raw: unknown;
      try {
        raw = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
      } catch {
        throw new ApiFailure('BAD_INPUT', '伴走の公募回ファイル（ルールパック）ではありません（JSONとして読めません）。');
      }
      const r = parseRulePack(raw, nodeSha256Hex);
      if (!r.ok) throw new ApiFailure('BAD_INPUT', `${r.message}${detail(r.errors)}`);
      const t = r.value.template;
      const existing = packs.get(t.id);
      if (existing) {
        if (existing.checksum === r.value.checksum) return { templateId: t.id, name: t.name, added: false };
        throw new ApiFailure('CONFLICT', `同じIDの公募回（${existing.template.name}）が既にあり、内容が違います。置き換えずに残しました。`);
      }
      install(r.value);
      return { templateId: t.id, name: t.name, added: true };
    },
    moveToRound({ id, templateId, baseRevision }) {
      const app = applications.get(id);
      const from = template(app.templateId);
      const to = template(templateId);
      const refused = canMoveTo(from, to);
      if (refused) throw new ApiFailure('BAD_INPUT', refused);
      const client = deps.clients.get(app.clientId);
      const plan = planMove(app, from, to, checkContextOf(client));
      return immediate(deps.db, () => {
        const version = snapshots.take(app, 'roundMove', `公募回の変更前（${from.name}）`);
        const application = applications.moveTemplate(id, plan.moved, { whole: baseRevision });
        const newFindings = plan.newFindings.map((f) => ({ id: f.id, severity: f.severity, message: f.message, ...(f.sectionId ? { sectionId: f.sectionId } : {}), ...(f.fieldId ? { fieldId: f.fieldId } : {}) }));
        return { application, newFindings, changes: plan.changes, versionId: version.id };
      });
    },
  };
}
