import { randomBytes } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { roundsContract } from '../../shared/api/roundsContract';
import { buildRulePack, newRoundId, parseRulePack, type RulePack } from '../../shared/rounds/rulePack';
import { canMoveTo, planMove } from '../../shared/rounds/moveToRound';
import { checkContextOf } from '../../shared/checks/clientContext';
import { safeFileName } from '../export/fileName';
import { nodeSha256Hex } from '../rounds/packStore';
import { addPack } from '../rounds/packSource';
import { createSnapshotsRepo } from '../store/snapshots';
import type { HandlerDeps, Handlers } from './handlers';
import type { Template } from '../../shared/templates/template';

type RoundsHandlers = Pick<Handlers, keyof typeof roundsContract>;

const detail = (errors: { path: string; message: string }[]) => (errors.length ? `（${errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}）` : '');

/** New rounds as rule packs (made, exported, imported) and moving an application to a newer round. */
export function createRoundsHandlers(deps: HandlerDeps, template: (id: string) => Template): RoundsHandlers {
  const { templates, applications } = deps;
  const packs = (templates.packs ??= new Map<string, RulePack>());
  const snapshots = createSnapshotsRepo(deps.sql);
  /** In a chamber, rounds are the manager's to add: every advisor's app then has them. */
  const mayAdd = () => {
    if (deps.packs.shared && !deps.me.manager) throw new ApiFailure('FORBIDDEN', '商工会議所のデータベースでは、公募回の追加は管理者だけができます。管理者に依頼してください（追加されるとすぐ全員の画面に出ます）。');
  };
  /** Adds a pack's round to where packs are kept (data folder or chamber database), then to the running app. */
  const install = async (pack: RulePack) => {
    const saved = await deps.packs.save(pack);
    addPack(templates, pack);
    return saved;
  };
  return {
    async createRound({ baseTemplateId, koboKai, name, edits }) {
      mayAdd();
      await deps.packs.sync(templates);
      const base = template(baseTemplateId);
      const id = newRoundId(base, koboKai, randomBytes(3).toString('hex'));
      const named = [
        { key: 'koboKai', value: koboKai, source: { edition: '—', page: '—', note: '公募回の名前' } },
        { key: 'name', value: name, source: { edition: '—', page: '—', note: '名称' } },
      ];
      const r = buildRulePack({ base, id, edits: [...named.filter((n) => !edits.some((e) => e.key === n.key)), ...edits], createdAt: new Date().toISOString(), appVersion: deps.info.version });
      if (!r.ok) throw new ApiFailure('BAD_INPUT', `${r.message}${detail(r.errors)}`);
      await install(r.value);
      return { templateId: id };
    },
    async exportRulePack({ templateId }) {
      await deps.packs.sync(templates);
      const pack = packs.get(templateId);
      if (!pack) throw new ApiFailure('NOT_FOUND', 'この公募回はアプリに同梱されたものです。書き出せるのは「新しい公募回を作る」で作った公募回だけです。');
      return { fileName: `${safeFileName(pack.template.name, 60)}.banso-rules.json`, mime: 'application/json', base64: Buffer.from(JSON.stringify(pack, null, 1)).toString('base64') };
    },
    async importRulePack({ base64 }) {
      let raw: unknown;
      try {
        raw = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
      } catch {
        throw new ApiFailure('BAD_INPUT', '伴走の公募回ファイル（ルールパック）ではありません（JSONとして読めません）。');
      }
      const r = parseRulePack(raw, nodeSha256Hex);
      if (!r.ok) throw new ApiFailure('BAD_INPUT', `${r.message}${detail(r.errors)}`);
      const t = r.value.template;
      await deps.packs.sync(templates);
      const existing = packs.get(t.id);
      if (existing) {
        if (existing.checksum === r.value.checksum) return { templateId: t.id, name: t.name, added: false };
        throw new ApiFailure('CONFLICT', `同じIDの公募回（${existing.template.name}）が既にあり、内容が違います。置き換えずに残しました。`);
      }
      mayAdd();
      // The save decides (another window or advisor may have added this id since the look above).
      return { templateId: t.id, name: t.name, added: (await install(r.value)) === 'added' };
    },
    async moveToRound({ id, templateId, baseRevision }) {
      await deps.packs.sync(templates);
      const app = await applications.get(id);
      const from = template(app.templateId);
      const to = template(templateId);
      const refused = canMoveTo(from, to);
      if (refused) throw new ApiFailure('BAD_INPUT', refused);
      const client = await deps.clients.get(app.clientId);
      const plan = planMove(app, from, to, checkContextOf(client));
      return deps.sql.tx(async () => {
        const version = await snapshots.take(app, 'roundMove', `公募回の変更前（${from.name}）`);
        const application = await applications.moveTemplate(id, plan.moved, { whole: baseRevision });
        const newFindings = plan.newFindings.map((f) => ({ id: f.id, severity: f.severity, message: f.message, ...(f.sectionId ? { sectionId: f.sectionId } : {}), ...(f.fieldId ? { fieldId: f.fieldId } : {}) }));
        return { application, newFindings, changes: plan.changes, versionId: version.id };
      });
    },
  };
}
