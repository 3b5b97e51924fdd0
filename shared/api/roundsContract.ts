import { z } from 'zod';
import { Id } from '../schemas/common';
import { Application } from '../schemas/application';
import { BaseRevision } from '../schemas/revisions';
import { RoundEdit } from '../rounds/rulePack';
import { method } from './method';

/** 公募回 as data: new rounds made in the app (rule packs), their files, and moving an application to a newer round. */

const FileDto = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });

export const RoundChangeDto = z.object({ area: z.string(), areaName: z.string(), key: z.string(), label: z.string(), change: z.enum(['changed', 'added', 'removed']), before: z.string(), after: z.string() });
export type RoundChangeDto = z.infer<typeof RoundChangeDto>;

export const MovedFinding = z.object({ id: z.string(), severity: z.enum(['error', 'warning', 'hint']), message: z.string(), sectionId: z.string().optional(), fieldId: z.string().optional() });
export type MovedFinding = z.infer<typeof MovedFinding>;

export const roundsContract = {
  /**
   * 「新しい公募回を作る」: a copy of `baseTemplateId` with the edits, each with its source (公募要領 版・頁).
   * Validated with the same schemas as a shipped round; saved as a rule pack in the data folder.
   */
  createRound: method(
    z.object({ baseTemplateId: z.string().min(1).max(80), koboKai: z.string().trim().min(1, '公募回を入力してください').max(40), name: z.string().trim().min(1, '名称を入力してください').max(120), edits: z.array(RoundEdit).max(500) }),
    z.object({ templateId: z.string() }),
  ),
  /** The rule pack of a round made in the app, as a file to hand to the other advisors. */
  exportRulePack: method(z.object({ templateId: z.string().min(1).max(80) }), FileDto),
  /**
   * Adds a round from a rule pack file; a damaged, foreign or newer one is refused whole. It names no base
   * revision because nothing is ever overwritten: packs are added, never edited (a changed round is a new
   * pack with a new id); the same pack again is `added: false`, another pack under a taken id is CONFLICT.
   */
  importRulePack: method(z.object({ base64: z.string().min(1).max(20_000_000) }), z.object({ templateId: z.string(), name: z.string(), added: z.boolean() })),
  /**
   * 「この申請を新しい公募回に移す」: a version is kept, the sections carry over, and what now fails
   * because the rules changed is listed (findings new under the target round).
   */
  moveToRound: method(
    z.object({ id: Id, templateId: z.string().min(1).max(80), baseRevision: BaseRevision }),
    z.object({ application: Application, newFindings: z.array(MovedFinding), changes: z.array(RoundChangeDto), versionId: z.string() }),
  ),
} as const;
