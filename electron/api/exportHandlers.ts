import { ApiFailure } from '../../shared/api/errors';
import type { Template } from '../../shared/templates/template';
import type { Application } from '../../shared/schemas/application';
import { exportApplication } from '../export/exportApplication';
import { readPackage } from '../export/applicationPackage';
import type { HandlerDeps, Handlers } from './handlers';
import { describeChanges } from '../../shared/review/describeChanges';
import { createSnapshotsRepo } from '../store/snapshots';
import { buildSupplementary } from './attachmentHandlers';
import { createLokabenRepo } from '../store/lokaben';
import { lokabenAttachmentBlocks } from '../../shared/lokaben/attachment';
import { createLokabenBenchmarksRepo } from '../store/lokabenBenchmarks';
import { clientBenchmarkChoice } from '../lokaben/clientBenchmark';
import type { Client } from '../../shared/schemas/client';
import type { ExportFormat } from '../../shared/api/contract';

/** The body of an imported application, without its title (the target keeps its own). */
const bodyOf = ({ content, financialPlan, expenses, origins }: Application) => ({ content, financialPlan, expenses, origins });

const EXPORT_NAMES: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF', package: '申請パッケージ', transcriptionPdf: '転記シート', transcriptionCsv: '転記シート CSV', checkReportPdf: 'チェック結果', json: '申請データ' };

/** Export and import of applications (Word, PDF, 転記シート, package). */
export function createExportHandlers(deps: HandlerDeps, template: (id: string) => Template): Pick<Handlers, 'exportApplication' | 'importPackage' | 'previewPackageImport'> {
  const { clients, applications } = deps;
  const { sql } = deps;
  const snapshots = createSnapshotsRepo(sql);
  const lokaben = createLokabenRepo(sql);
  const officialTable = createLokabenBenchmarksRepo(sql);
  /** The client's ローカルベンチマーク as an attachment page (official table when loaded); nothing when no figures are saved. */
  const lokabenBlocks = async (client: Client) => {
    const r = await lokaben.find(client.id);
    const benchmark = r ? clientBenchmarkChoice(client, r, (await officialTable.current()).table).benchmark : null;
    if (!r || !benchmark) throw new ApiFailure('BAD_INPUT', 'ローカルベンチマークの決算データか業種（規模）がまだ入力されていません。事業者の「ローカルベンチマーク」画面で入力してください。');
    return lokabenAttachmentBlocks({ benchmark, financials: r.financials });
  };
  /** Reads and verifies a package; refuses (BAD_INPUT) one this version has no template for. */
  const readImport = (base64: string) => {
    const read = readPackage(new Uint8Array(Buffer.from(base64, 'base64')));
    if (!read.ok) throw new ApiFailure('BAD_INPUT', read.message);
    const { client, application } = read.data;
    const t = deps.templates.templates.find((x) => x.id === application.templateId);
    if (!t) throw new ApiFailure('BAD_INPUT', `このパッケージの様式（${application.templateId}）はこのバージョンの伴走にありません。`);
    return { client, application, t };
  };
  /** The application a package replaces: same program and template only. */
  const targetFor = async (id: string, application: Application, templateName: string) => {
    const target = await applications.get(id);
    if (target.programId !== application.programId || target.templateId !== application.templateId) {
      throw new ApiFailure('BAD_INPUT', `別の制度・公募回の申請パッケージです（パッケージ: ${templateName}）。同じ様式の申請に読み込んでください。`);
    }
    return target;
  };
  return {
    async exportApplication({ id, format, snapshot, dateStyle, attachLokaben, bodyFont }) {
      const application = await applications.get(id);
      if (snapshot) await snapshots.take(application, 'export', `書き出し（${EXPORT_NAMES[format]}）`);
      const client = await clients.get(application.clientId);
      const t = template(application.templateId);
      const supplementary = format === 'package' && t.supplementary ? await buildSupplementary(deps, t, application, client) : undefined;
      const extra = supplementary && supplementary.count > 0 ? { extraFiles: { '補足資料.pdf': supplementary.bytes }, extraWarnings: supplementary.warnings } : {};
      const file = await exportApplication({ template: t, application, client, appVersion: deps.info.version, dateStyle, appendBlocks: attachLokaben ? await lokabenBlocks(client) : [], ...extra, ...(bodyFont ? { bodyFont } : {}) }, format);
      return { fileName: file.fileName, mime: file.mime, base64: Buffer.from(file.bytes).toString('base64'), warnings: file.warnings };
    },
    async previewPackageImport({ base64, intoApplicationId }) {
      const { client, application, t } = readImport(base64);
      const target = intoApplicationId ? await targetFor(intoApplicationId, application, t.name) : null;
      const targetClient = target ? await clients.get(target.clientId) : null;
      return {
        packageClient: { id: client.id, name: client.name },
        packageTitle: application.title,
        templateName: t.name,
        exportedAt: application.updatedAt,
        target: target && targetClient ? { id: target.id, title: target.title, clientName: targetClient.name, revision: target.revision } : null,
        otherClient: target !== null && target.clientId !== client.id,
        changes: target ? describeChanges(target, { ...target, ...bodyOf(application) }, t.sections) : [],
      };
    },
    async importPackage({ base64, intoApplicationId, baseRevision, confirmOtherClient }) {
      const { client, application, t } = readImport(base64);
      if (intoApplicationId) {
        const target = await targetFor(intoApplicationId, application, t.name);
        if (baseRevision === undefined) throw new ApiFailure('BAD_INPUT', '読み込み先の申請の版（baseRevision）を指定してください。');
        if (target.clientId !== client.id && !confirmOtherClient) {
          throw new ApiFailure('CONFLICT', `このパッケージは別の事業者（${client.name}）の申請です。読み込む場合は、別の事業者の内容で置き換えることを確認してください。`);
        }
        return sql.tx(async () => {
          const before = await snapshots.take(await applications.get(target.id), 'import', `読み込み前（${client.name}「${application.title}」で置き換え）`);
          return { application: await applications.replaceBody(target.id, bodyOf(application), { whole: baseRevision }), undoVersionId: before.id };
        });
      }
      return sql.tx(async () => {
        if (!(await clients.exists(client.id))) await clients.restore(client);
        if (!(await applications.exists(application.id))) return { application: await applications.restore(application), undoVersionId: null };
        const copy = await applications.create({ ...application, title: `${application.title}（読み込み）` });
        return { application: await applications.replaceBody(copy.id, bodyOf(application), { whole: copy.revision }), undoVersionId: null };
      });
    },
  };
}
