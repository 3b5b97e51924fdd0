import type { Application, ApplicationContent } from '../schemas/application';
import type { Template } from '../templates/template';
import { checkApplication } from '../checks/index';
import type { CheckContext, Finding } from '../checks/types';
import { diffRounds, type RoundChange } from './diff';

/**
 * 「この申請を新しい公募回に移す」 as a pure step: which rounds an application may move to (a newer round
 * of its program, or of the program that succeeded it), the content as it carries over (sections by id,
 * else by purpose), and what now fails because the rules changed.
 */
export function canMoveTo(from: Template, to: Template): string | null {
  if (to.id === from.id) return 'すでにこの公募回の申請です。';
  if (to.programId !== from.programId && to.successorOf !== from.programId) return '別の制度の公募回には移せません（後継の制度にだけ移せます）。';
  return null;
}

/** The application's sections as the target round has them: same section id first, else the same purpose. */
export function carriedContent(app: Application, from: Template, to: Template): ApplicationContent {
  const out: ApplicationContent = {};
  for (const s of to.sections) {
    const same = app.content[s.id];
    if (same !== undefined) {
      out[s.id] = same;
      continue;
    }
    const byPurpose = s.purpose ? from.sections.find((x) => x.purpose === s.purpose && app.content[x.id] !== undefined) : undefined;
    if (byPurpose) out[s.id] = app.content[byPurpose.id]!;
  }
  return out;
}

export interface MovePlan {
  moved: Application;
  newFindings: Finding[];
  changes: RoundChange[];
}

export function planMove(app: Application, from: Template, to: Template, ctx: CheckContext): MovePlan {
  const moved: Application = { ...app, templateId: to.id, programId: to.programId, koboKai: to.koboKai, content: carriedContent(app, from, to) };
  const before = new Set(checkApplication(from, app, ctx).findings.map((f) => f.id));
  const newFindings = checkApplication(to, moved, ctx).findings.filter((f) => !before.has(f.id) && f.severity !== 'hint');
  return { moved, newFindings, changes: diffRounds(from, to) };
}
