import { createContext, useCallback, useContext, useState } from 'react';
import type { Application, SectionValues } from '../../../shared/schemas/application';
import type { Finding, FindingFix as Fix } from '../../../shared/checks/types';

/** Applies a finding's fix (text replacements) through the wizard's normal save path. */
export const FixContext = createContext<((fix: Fix) => void) | null>(null);

/** The wizard's fix handler: replaces in the current texts, shows them and saves each changed section as typing would. */
export function useApplyFix(app: Application, setApp: (f: (a: Application) => Application) => void, saveSection: (sectionId: string, values: SectionValues) => void): (fix: Fix) => void {
  return useCallback(
    (fix: Fix) => {
      const changed = new Map<string, SectionValues>();
      for (const r of fix.replacements) {
        const values = changed.get(r.sectionId) ?? { ...(app.content[r.sectionId] ?? {}) };
        const v = values[r.fieldId];
        if (typeof v === 'string' && r.from !== '') values[r.fieldId] = v.split(r.from).join(r.to);
        changed.set(r.sectionId, values);
      }
      if (changed.size === 0) return;
      setApp((a) => ({ ...a, content: { ...a.content, ...Object.fromEntries(changed) } }));
      for (const [sid, values] of changed) saveSection(sid, values);
    },
    [app, setApp, saveSection],
  );
}

/** The one-click fix of a finding (e.g. 絵文字を削除する), beside its message. */
export function FindingFixButton({ finding }: { finding: Finding }) {
  const apply = useContext(FixContext);
  const [done, setDone] = useState(false);
  if (!finding.fix || !apply) return null;
  const fix = finding.fix;
  const preview = fix.replacements.slice(0, 3).map((r) => `${r.from}→${r.to || '（削除）'}`).join('、');
  return (
    <button
      type="button"
      className="finding-fix small"
      title={`${preview}${fix.replacements.length > 3 ? ' …' : ''}`}
      disabled={done}
      onClick={() => {
        apply(fix);
        setDone(true);
      }}
    >
      {done ? '直しました' : fix.label}
    </button>
  );
}
