import { ApiFailure } from '../../shared/api/errors';
import type { Template } from '../../shared/templates/template';
import type { Application } from '../../shared/schemas/application';
import { exportApplication } from '../export/exportApplication';
import { readPackage } from '../export/applicationPackage';
import type { HandlerDeps, Handlers } from './handlers';
import { immediate } from '../store/db';
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
  const snapshots = createSnapshotsRepo(deps.db);
  const lokaben = createLokabenRepo(deps.db);
  const officialTable = createLokabenBenchmarksRepo(deps.db);
  /** The client's ローカルベンチマーク as an attachment page (official table when loaded); nothing when no figures are saved. */
  const lokabenBlocks = (client: Client) => {
    const r = lokaben.find(client.id);
    const benchmark = r ? clientBenchmarkChoice(client, r, officialTable.current().table).benchmark : null;
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
  const targetFor = (id: string, application: Application, templateName: string) => {
    const target = applications.get(id);
    if (target.programId !== application.programId || target.templateId !== application.templateId) {
      throw new ApiFailure('BAD_INPUT', `別の制度・公募回の申請パッケージです（パッケージ: ${templateName}）。同じ様式の申請に読み込んでください。`);
    }
    return target;
  };
  return {
    async exportApplication({ id, format, snapshot, dateStyle, attachLokaben, bodyFont }) {
      const application = applications.get(id);
      if (snapshot) snapshots.take(application, 'export', `書き出し（${EXPORT_NAMES[format]}）`);
      const client = clients.get(application.clientId);
      const t = template(application.templateId);
      const supplementary = format === 'package' && t.supplementary ? await buildSupplementary(deps, t, application, client) : undefined;
      const extra = supplementary && supplementary.count > 0 ? { extraFiles: { '補足資料.pdf': supplementary.bytes }, extraWarnings: supplementary.warnings } : {};
      const file = await exportApplication({ template: t, application, client, appVersion: deps.info.version, dateStyle, appendBlocks: attachLokaben ? lokabenBlocks(client) : [], ...extra, ...(bodyFont ? { bodyFont } : {}) }, format);
      return { fileName: file.fileName, mime: file.mime, base64: Buffer.from(file.bytes).toString('base64'), warnings: file.warnings };
    },
    previewPackageImport({ base64, intoApplicationId }) {
      const { client, application, t } = readImport(base64);
      const target = intoApplicationId ? targetFor(intoApplicationId, application, t.name) : null;
      const targetClient = target ? clients.get(target.clientId) : null;
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
    importPackage({ base64, intoApplicationId, baseRevision, confirmOtherClient }) {
      const { client, application, t } = readImport(base64);
      if (intoApplicationId) {
        const target = targetFor(intoApplicationId, application, t.name);
        if (baseRevision === undefined) throw new ApiFailure('BAD_INPUT', '読み込み先の申請の版（baseRevision）を指定してください。');
        if (target.clientId !== client.id && !confirmOtherClient) {
          throw new ApiFailure('CONFLICT', `このパッケージは別の事業者（${client.name}）の申請です。読み込む場合は、別の事業者の内容で置き換えることを確認してください。`);
        }
        return immediate(deps.db, () => {
          const before = snapshots.take(applications.get(target.id), 'import', `読み込み前（${client.name}「${application.title}」で置き換え）`);
          return { application: applications.replaceBody(target.id, bodyOf(application), { whole: baseRevision }), undoVersionId: before.id };
        });
      }
      return immediate(deps.db, () => {
        if (!clients.exists(client.id)) clients.restore(client);
        if (!applications.exists(application.id)) return { application: applications.restore(application), undoVersionId: null };
        const copy = applications.create({ ...application, title: `${application.title}（読み込み）` });
        return { application: applications.replaceBody(copy.id, bodyOf(application), { whole: copy.revision }), undoVersionId: null };
      });
    },
  };
}
