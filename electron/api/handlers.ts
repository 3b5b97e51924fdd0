import type { z } from 'zod';
import { ApiFailure } from '../../shared/api/errors';
import type { AppInfo, Contract, MethodName, MethodOutput } from '../../shared/api/contract';
import { carryOver } from '../../shared/reuse/carryOver';
import type { Template } from '../../shared/templates/template';
import { immediate, type Db } from '../store/db';
import { createSnapshotsRepo } from '../store/snapshots';
import { isLocked } from '../../shared/schemas/revisions';
import { createExportHandlers } from './exportHandlers';
import { createLokabenHandlers } from './lokabenHandlers';
import { createReviewHandlers } from './reviewHandlers';
import { createAttachmentHandlers } from './attachmentHandlers';
import { createRoundsHandlers } from './roundsHandlers';
import { createSimilarHandlers } from './similarHandlers';
import { createAftercareHandlers } from './aftercareHandlers';
import type { RulePack } from '../../shared/rounds/rulePack';
import type { ApplicationsRepo } from '../store/applications';
import type { ClientsRepo } from '../store/clients';

/** Each handler receives its already-parsed input. */
export type Handlers = {
  [M in MethodName]: (input: z.infer<Contract[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface TemplateSet {
  /** Shipped rounds and those made in the app (rule packs), all validated alike. */
  templates: Template[];
  errors: { file: string; path: string; message: string }[];
  /** The rounds made in the app, by template id (their files are in the data folder's rulepacks/); none when absent. */
  packs?: Map<string, RulePack>;
}

export interface HandlerDeps {
  db: Db;
  clients: ClientsRepo;
  applications: ApplicationsRepo;
  templates: TemplateSet;
  info: Omit<AppInfo, 'transport'>;
}

export function createHandlers(deps: HandlerDeps, transport: AppInfo['transport']): Handlers {
  const { clients, applications, templates } = deps;
  const snapshots = createSnapshotsRepo(deps.db);
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
    deleteClient: ({ id }) => ({ deleted: clients.delete(id) }),

    listApplications: ({ clientId, offset, limit }) => applications.list(clientId, offset, limit),
    getApplication: ({ id }) => applications.get(id),
    createApplication: ({ clientId, programId, templateId, title, reuseFromId }) => {
      const t = template(templateId);
      if (t.programId !== programId) throw new ApiFailure('BAD_INPUT', '制度と様式の組み合わせが正しくありません。');
      clients.get(clientId);
      const base = { clientId, programId, templateId, koboKai: t.koboKai, title: title || t.name };
      if (!reuseFromId) return applications.create(base);
      const source = applications.get(reuseFromId);
      if (source.clientId !== clientId) throw new ApiFailure('BAD_INPUT', '引き継ぎ元は同じ事業者の申請を選んでください。');
      // Sections with the same purpose and the plan table carry over; each carried section keeps its origin.
      return applications.create({ ...base, financialPlan: source.financialPlan, ...carryOver(source, template(source.templateId), t) });
    },
    saveSection: ({ id, sectionId, values, baseRevision }) => applications.saveSection(id, sectionId, values, baseRevision),
    saveFinancialPlan: ({ id, plan, baseRevision }) => applications.saveFinancialPlan(id, plan, baseRevision),
    saveExpenses: ({ id, expenses, baseRevision }) => applications.saveExpenses(id, expenses, baseRevision),
    renameApplication: ({ id, title, baseRevision }) => applications.rename(id, title, baseRevision),
    unlockSubmitted: ({ id, reason }) =>
      immediate(deps.db, () => {
        const app = applications.get(id);
        if (!isLocked(app)) return app;
        snapshots.take(app, 'submission', `提出後の修正前${reason ? `（${reason}）` : ''}`);
        applications.setEditUnlocked(id, true);
        return applications.get(id);
      }),
    deleteApplication: ({ id }) => ({ deleted: applications.delete(id) }),
    listTemplates: () => ({ templates: templates.templates, errors: templates.errors, packIds: [...(templates.packs?.keys() ?? [])] }),
    ...createExportHandlers(deps, template),
    ...createLokabenHandlers(deps),
    ...createReviewHandlers(deps),
    ...createAttachmentHandlers(deps, template),
    ...createRoundsHandlers(deps, template),
    ...createSimilarHandlers(deps),
    ...createAftercareHandlers(deps, template),
  };
}
