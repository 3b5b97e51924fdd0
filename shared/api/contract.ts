import { z } from 'zod';
import { Id, noNul, ProgramId } from '../schemas/common';
import { Client, ClientInput, ClientPatch, ClientSummary } from '../schemas/client';
import { BaseRevision } from '../schemas/revisions';
import { Application, ApplicationSummary, SectionValues } from '../schemas/application';
import { FinancialPlan } from '../schemas/financialPlan';
import { ExpenseLine } from '../schemas/expense';
import type { Template } from '../templates/template';
import type { TemplateSummary } from '../templates/summary';
import { method } from './method';
import { lokabenContract } from './lokabenContract';
import { reviewContract } from './reviewContract';
import { attachmentContract } from './attachmentContract';
import { roundsContract } from './roundsContract';
import { similarContract } from './similarContract';
import { aftercareContract } from './aftercareContract';
import { chamberContract } from './chamberContract';

/**
 * The one API between the renderer and the Node side. Each method: input schema → output schema.
 * Electron IPC and the loopback HTTP bridge both carry exactly these calls; handlers parse every
 * input with these schemas before running.
 */

export const AppInfo = z.object({
  version: z.string(),
  dbPath: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  transport: z.enum(['electron', 'http']),
  /** Where the data lives: this PC's SQLite file, or the chamber's PostgreSQL server (`dbPath` then names it, without password). */
  backend: z.enum(['sqlite', 'postgres']).default('sqlite'),
  /** Who is signed in: the chamber's login (or the PC's user), the name shown as 担当, and whether they manage the chamber. */
  user: z.object({ login: z.string(), name: z.string(), manager: z.boolean() }).default({ login: '', name: '', manager: true }),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ExportFormat = z.enum(['docx', 'pdf', 'package', 'transcriptionPdf', 'transcriptionCsv', 'checkReportPdf', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportedFileDto = z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), warnings: z.array(z.string()) });
export type ExportedFileDto = z.infer<typeof ExportedFileDto>;

export const SaveResult = z.object({ revision: z.number().int(), updatedAt: z.string() });

const PackageBase64 = z.string().max(200_000_000);

/** One difference an import would make, in words the advisor knows (section titles, row names). */
export const ImportChange = z.object({ area: z.enum(['title', 'section', 'plan', 'expenses']), label: z.string(), detail: z.string() });
export type ImportChange = z.infer<typeof ImportChange>;

export const PackagePreview = z.object({
  packageClient: z.object({ id: z.string(), name: z.string() }),
  packageTitle: z.string(),
  templateName: z.string(),
  exportedAt: z.string(),
  /** Where it would go: the target application, or null when it is restored as it was. */
  target: z.object({ id: z.string(), title: z.string(), clientName: z.string(), revision: z.number().int() }).nullable(),
  /** The package is of another client than the target application's. */
  otherClient: z.boolean(),
  changes: z.array(ImportChange),
});
export type PackagePreview = z.infer<typeof PackagePreview>;

export const TemplateLoadError = z.object({ file: z.string(), path: z.string(), message: z.string() });

export const contract = {
  getAppInfo: method(z.object({}), AppInfo),

  listClients: method(
    z.object({ query: z.string().max(200).default(''), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ items: z.array(ClientSummary), total: z.number().int() }),
  ),
  getClient: method(z.object({ id: Id }), Client),
  createClient: method(ClientInput, Client),
  /** Changes exactly the fields the patch names; `baseRevision` is the client's revision the edit started from. */
  updateClient: method(z.object({ id: Id, patch: ClientPatch, baseRevision: BaseRevision }), Client),
  deleteClient: method(z.object({ id: Id }), z.object({ deleted: z.boolean() })),

  listApplications: method(
    z.object({ clientId: Id.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ items: z.array(ApplicationSummary), total: z.number().int() }),
  ),
  getApplication: method(z.object({ id: Id }), Application),
  createApplication: method(
    z.object({
      clientId: Id,
      programId: ProgramId,
      templateId: z.string().min(1).max(80),
      title: z.string().max(200).refine(...noNul('申請の名前')).default(''),
      /** Start from another application of the same client: sections with the same purpose carry over. */
      reuseFromId: Id.optional(),
    }),
    Application,
  ),
  /**
   * Autosave of one part. `baseRevision` is that part's revision the edit started from
   * (partRevision(app.revisions, part)); a save based on an older one is refused with CONFLICT.
   */
  saveSection: method(
    z.object({ id: Id, sectionId: z.string().min(1).max(80), values: SectionValues, baseRevision: BaseRevision }),
    SaveResult,
  ),
  saveFinancialPlan: method(z.object({ id: Id, plan: FinancialPlan, baseRevision: BaseRevision }), SaveResult),
  saveExpenses: method(z.object({ id: Id, expenses: z.array(ExpenseLine).max(500), baseRevision: BaseRevision }), SaveResult),
  renameApplication: method(z.object({ id: Id, title: z.string().max(200).refine(...noNul('申請の名前')), baseRevision: BaseRevision }), Application),
  /** 「提出後に修正する」: unlocks the text of a submitted application, keeping a version first. */
  unlockSubmitted: method(z.object({ id: Id, reason: z.string().max(500).default('') }), Application),
  deleteApplication: method(z.object({ id: Id }), z.object({ deleted: z.boolean() })),

  /** Templates as validated at load, plus the folders that were refused. */
  listTemplates: method(z.object({}), z.object({ templates: z.array(z.custom<Template>()), errors: z.array(TemplateLoadError), packIds: z.array(z.string()) })),
  /** What the app needs of every template at start (shared/templates/summary.ts); the whole template comes with getTemplate. */
  listTemplateSummaries: method(z.object({}), z.object({ templates: z.array(z.custom<TemplateSummary>()), errors: z.array(TemplateLoadError), packIds: z.array(z.string()) })),
  /** One whole template (sections with their fields, criteria, rules), as listTemplates gives it; NOT_FOUND when not loaded. */
  getTemplate: method(z.object({ id: z.string().min(1).max(80) }), z.custom<Template>()),

  /** Builds an export; the bytes come back base64-encoded for the renderer to save. */
  exportApplication: method(z.object({ id: Id, format: ExportFormat, snapshot: z.boolean().default(true), dateStyle: z.enum(['wareki', 'seireki']).default('wareki'), attachLokaben: z.boolean().default(false), bodyFont: z.enum(['mincho', 'gothic']).optional() }), ExportedFileDto),
  /**
   * What importing a package would change, before anything is written: the package's client and
   * application, and the sections, figures and expenses that differ from the target application.
   */
  previewPackageImport: method(z.object({ base64: PackageBase64, intoApplicationId: Id.optional() }), PackagePreview),
  /**
   * Imports an application package (.zip, base64). Without `intoApplicationId` the application is
   * restored as it was (a copy if it already exists); with it, that application's body is replaced
   * (same program and template only; another client's package only with `confirmOtherClient`), after
   * a 「読み込み前」 version is kept — `undoVersionId` restores it.
   */
  importPackage: method(
    z.object({ base64: PackageBase64, intoApplicationId: Id.optional(), baseRevision: BaseRevision.optional(), confirmOtherClient: z.boolean().default(false) }),
    z.object({ application: Application, undoVersionId: z.string().nullable() }),
  ),

  ...lokabenContract,
  ...reviewContract,
  ...attachmentContract,
  ...roundsContract,
  ...similarContract,
  ...aftercareContract,
  ...chamberContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
