import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { call } from './api/client';
import { callPrefetched } from './api/prefetch';
import { errorMessage, useAsync } from './hooks/useAsync';
import type { Template } from '../../shared/templates/template';
import type { TemplateSummary } from '../../shared/templates/summary';

/**
 * Program templates: their summaries (names, rounds, section titles) loaded once at start; a whole
 * template (fields, guidance, rules) fetched when a screen needs it (useTemplate) and kept.
 */
export interface TemplatesState {
  templates: TemplateSummary[];
  errors: { file: string; path: string; message: string }[];
  byId: (id: string) => TemplateSummary | undefined;
  /** Rounds made in the app (rule packs): exportable. */
  packIds: Set<string>;
  /** After a round was made or imported. */
  reload: () => void;
  /** The whole template, fetched once (until reload). */
  full: (id: string) => Promise<Template>;
  /** The whole template if it was fetched already. */
  fullIfLoaded: (id: string) => Template | undefined;
}

const Ctx = createContext<TemplatesState | undefined>(undefined);

const loadTemplateSummaries = () => callPrefetched('listTemplateSummaries', {});
const loadTemplate = (id: string) => call('getTemplate', { id });

export function TemplatesProvider({ children }: { children: ReactNode }) {
  const state = useAsync(loadTemplateSummaries, []);
  const fetching = useRef(new Map<string, Promise<Template>>());
  const loaded = useRef(new Map<string, Template>());
  const { data, reload } = state;
  const value = useMemo((): TemplatesState | undefined => {
    if (!data) return undefined;
    const byId = new Map(data.templates.map((t) => [t.id, t]));
    return {
      templates: data.templates,
      errors: data.errors,
      byId: (id) => byId.get(id),
      packIds: new Set(data.packIds),
      reload: () => {
        fetching.current.clear();
        loaded.current.clear();
        reload();
      },
      full: (id) => {
        let p = fetching.current.get(id);
        if (!p) {
          p = loadTemplate(id).then((t) => {
            loaded.current.set(id, t);
            return t;
          });
          p.catch(() => fetching.current.delete(id));
          fetching.current.set(id, p);
        }
        return p;
      },
      fullIfLoaded: (id) => loaded.current.get(id),
    };
    // `reload` is a new function every render: the value follows the data only.
  }, [data]);
  if (state.error) return <div className="page-error" role="alert">様式を読み込めませんでした: {state.error}</div>;
  if (!value) return <div className="loading">読み込み中…</div>;
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useTemplates(): TemplatesState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useTemplates outside TemplatesProvider');
  return v;
}

/** A whole template (undefined while it loads, or without an id); `error` when it could not be fetched. */
export function useTemplate(id: string | undefined): { template: Template | undefined; error: string | undefined } {
  const { full, fullIfLoaded } = useTemplates();
  const [got, setGot] = useState<{ id: string; template?: Template; error?: string }>();
  useEffect(() => {
    if (!id || fullIfLoaded(id)) return undefined;
    let live = true;
    full(id).then(
      (template) => live && setGot({ id, template }),
      (e: unknown) => live && setGot({ id, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [id, full, fullIfLoaded]);
  if (!id) return { template: undefined, error: undefined };
  const cached = fullIfLoaded(id);
  if (cached) return { template: cached, error: undefined };
  return got?.id === id ? { template: got.template, error: got.error } : { template: undefined, error: undefined };
}
