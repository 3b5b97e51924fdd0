import type { z } from 'zod';
import { ApiFailure } from '../../shared/api/errors';
import type { AppInfo, Contract, MethodName, MethodOutput } from '../../shared/api/contract';
import { carryOver } from '../../shared/reuse/carryOver';
import type { Template } from '../../shared/templates/template';
import { templateSummary } from '../../shared/templates/summary';
import { createSnapshotsRepo } from '../store/snapshots';
import { isLocked } from '../../shared/schemas/revisions';
import { createExportHandlers } from './exportHandlers';
import { createLokabenHandlers } from './lokabenHandlers';
import { createReviewHandlers } from './reviewHandlers';
import { createAttachmentHandlers } from './attachmentHandlers';
import { createRoundsHandlers } from './roundsHandlers';
import { createSimilarHandlers } from './similarHandlers';
import { createAftercareHandlers } from './aftercareHandlers';
import { createChamberHandlers } from './chamberHandlers';
import type { RulePack } from '../../shared/rounds/rulePack';
import type { ApplicationsRepo } from '../store/applications';
import type { ClientsRepo } from '../store/clients';
import type { SqlStore } from '../store/sql/types';
import type { Me } from '../store/people';
import type { PackSource } from '../rounds/packSource';

/** Each handler receives its already-parsed input. */
export type Handlers = {
  [M in MethodName]: (input: z.infer<Contract[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface TemplateSet {
  /** Shipped rounds and those made in the app (rule packs), all validated alike. */
  templates: Template[];
  errors: { file: string; path: string; message: string }[];
  /** The rounds made in the app, by template id (files in the data folder, or the chamber database's rule_packs); none when absent. */
  packs?: Map<string, RulePack>;
}

export interface HandlerDeps {
  /** The store: this PC's SQLite file or the chamber's PostgreSQL (handlers do not know which). */
  sql: SqlStore;
  clients: ClientsRepo;
  applications: ApplicationsRepo;
  templates: TemplateSet;
  /** Where rounds made in the app are kept and read from. */
  packs: PackSource;
  me: Me;
  info: Omit<AppInfo, 'transport'>;
}

export function createHandlers(deps: HandlerDeps, transport: AppInfo['transport']): Handlers {
  const { clients, applications, templates, sql } = deps;
  const snapshots = createSnapshotsRepo(sql);
  const template = (id: string) => {
    const t = templates.templates.find((x) => x.id === id);
    if (!t) throw new ApiFailure('NOT_FOUND', `様式「${id}」が見つかりません。`);
    return t;
  };

  return {
    getAppInfo: () => ({ ...deps.info, transport }),
    listClients: ({ query, offset, limit }) => clients.list(query, offset, limit),
    getClient: ({ id }) => clients.get(id),
    createClient: (input) => clients.create(input),
    updateClient: ({ id, patch, baseRevision }) => clients.update(id, patch, baseRevision),
    deleteClient: async ({ id }) => ({ deleted: await clients.delete(id) }),

    listApplications: ({ clientId, offset, limit }) => applications.list(clientId, offset, limit),
    getApplication: ({ id }) => applications.get(id),
    createApplication: async ({ clientId, programId, templateId, title, reuseFromId }) => {
      await deps.packs.sync(templates);
      const t = template(templateId);
      if (t.programId !== programId) throw new ApiFailure('BAD_INPUT', '制度と様式の組み合わせが正しくありません。');
      await clients.get(clientId);
      const base = { clientId, programId, templateId, koboKai: t.koboKai, title: title || t.name };
      if (!reuseFromId) return applications.create(base);
      const source = await applications.get(reuseFromId);
      if (source.clientId !== clientId) throw new ApiFailure('BAD_INPUT', '引き継ぎ元は同じ事業者の申請を選んでください。');
      // Sections with the same purpose and the plan table carry over; each carried section keeps its origin.
      return applications.create({ ...base, financialPlan: source.financialPlan, ...carryOver(source, template(source.templateId), t) });
    },
    saveSection: ({ id, sectionId, values, baseRevision }) => applications.saveSection(id, sectionId, values, baseRevision),
    saveFinancialPlan: ({ id, plan, baseRevision }) => applications.saveFinancialPlan(id, plan, baseRevision),
    saveExpenses: ({ id, expenses, baseRevision }) => applications.saveExpenses(id, expenses, baseRevision),
    renameApplication: ({ id, title, baseRevision }) => applications.rename(id, title, baseRevision),
    unlockSubmitted: ({ id, reason }) =>
      sql.tx(async () => {
        const app = await applications.get(id);
        if (!isLocked(app)) return app;
        await snapshots.take(app, 'submission', `提出後の修正前${reason ? `（${reason}）` : ''}`);
        await applications.setEditUnlocked(id, true);
        return applications.get(id);
      }),
    deleteApplication: async ({ id }) => ({ deleted: await applications.delete(id) }),
    listTemplates: async () => {
      await deps.packs.sync(templates);
      return { templates: templates.templates, errors: templates.errors, packIds: [...(templates.packs?.keys() ?? [])] };
    },
    listTemplateSummaries: async () => {
      await deps.packs.sync(templates);
      return { templates: templates.templates.map(templateSummary), errors: templates.errors, packIds: [...(templates.packs?.keys() ?? [])] };
    },
    getTemplate: async ({ id }) => {
      if (!templates.templates.some((t) => t.id === id)) await deps.packs.sync(templates); // a round another machine added
      return template(id);
    },
    ...createExportHandlers(deps, template),
    ...createLokabenHandlers(deps),
    ...createReviewHandlers(deps),
    ...createAttachmentHandlers(deps, template),
    ...createRoundsHandlers(deps, template),
    ...createSimilarHandlers(deps),
    ...createAftercareHandlers(deps, template),
    ...createChamberHandlers(deps),
  };
}
