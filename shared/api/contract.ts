import { z } from 'zod';
import { Id, ProgramId } from '../schemas/common';
import { Client, ClientInput, ClientSummary } from '../schemas/client';
import { Application, ApplicationSummary, SectionValues } from '../schemas/application';
import { FinancialPlan } from '../schemas/financialPlan';
import { ExpenseLine } from '../schemas/expense';
import type { Template } from '../templates/template';
import { method } from './method';
import { lokabenContract } from './lokabenContract';
import { reviewContract } from './reviewContract';
import { attachmentContract } from './attachmentContract';

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
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ExportFormat = z.enum(['docx', 'pdf', 'package', 'transcriptionPdf', 'transcriptionCsv', 'checkReportPdf', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportedFileDto = z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), warnings: z.array(z.string()) });
export type ExportedFileDto = z.infer<typeof ExportedFileDto>;

export const TemplateLoadError = z.object({ file: z.string(), path: z.string(), message: z.string() });

export const contract = {
  getAppInfo: method(z.object({}), AppInfo),

  listClients: method(
    z.object({ query: z.string().max(200).default(''), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ items: z.array(ClientSummary), total: z.number().int() }),
  ),
  getClient: method(z.object({ id: Id }), Client),
  createClient: method(ClientInput, Client),
  updateClient: method(z.object({ id: Id, patch: ClientInput.partial() }), Client),
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
      title: z.string().max(200).default(''),
      /** Start from another application of the same client: sections with the same purpose carry over. */
      reuseFromId: Id.optional(),
    }),
    Application,
  ),
  /** Autosave of one section. `baseRevision` guards against overwriting a newer save. */
  saveSection: method(
    z.object({ id: Id, sectionId: z.string().min(1).max(80), values: SectionValues, baseRevision: z.number().int().min(0).optional() }),
    z.object({ revision: z.number().int(), updatedAt: z.string() }),
  ),
  saveFinancialPlan: method(z.object({ id: Id, plan: FinancialPlan }), z.object({ revision: z.number().int(), updatedAt: z.string() })),
  saveExpenses: method(z.object({ id: Id, expenses: z.array(ExpenseLine).max(500) }), z.object({ revision: z.number().int(), updatedAt: z.string() })),
  renameApplication: method(z.object({ id: Id, title: z.string().max(200) }), Application),
  deleteApplication: method(z.object({ id: Id }), z.object({ deleted: z.boolean() })),

  /** Templates as validated at load, plus the folders that were refused. */
  listTemplates: method(z.object({}), z.object({ templates: z.array(z.custom<Template>()), errors: z.array(TemplateLoadError) })),

  /** Builds an export; the bytes come back base64-encoded for the renderer to save. */
  exportApplication: method(z.object({ id: Id, format: ExportFormat, snapshot: z.boolean().default(true), dateStyle: z.enum(['wareki', 'seireki']).default('wareki'), attachLokaben: z.boolean().default(false) }), ExportedFileDto),
  /**
   * Imports an application package (.zip, base64). Without `intoApplicationId` the application is
   * restored as it was (a copy if it already exists); with it, that application's body is replaced
   * (same program and template only).
   */
  importPackage: method(z.object({ base64: z.string().max(200_000_000), intoApplicationId: Id.optional() }), Application),

  ...lokabenContract,
  ...reviewContract,
  ...attachmentContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
