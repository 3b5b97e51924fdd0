import { createContext, useContext, type ReactNode } from 'react';
import { call } from './api/client';
import { useAsync } from './hooks/useAsync';
import type { Template } from '../../shared/templates/template';

/** Program templates, loaded once from the Node side (validated there). */
export interface TemplatesState {
  templates: Template[];
  errors: { file: string; path: string; message: string }[];
  byId: (id: string) => Template | undefined;
  /** Rounds made in the app (rule packs): exportable. */
  packIds: Set<string>;
  /** After a round was made or imported. */
  reload: () => void;
}

const Ctx = createContext<TemplatesState | undefined>(undefined);

export function TemplatesProvider({ children }: { children: ReactNode }) {
  const state = useAsync(() => call('listTemplates', {}), []);
  if (state.error) return <div className="page-error" role="alert">様式を読み込めませんでした: {state.error}</div>;
  if (!state.data) return <div className="loading">読み込み中…</div>;
  const templates = state.data.templates;
  const value: TemplatesState = { templates, errors: state.data.errors, byId: (id) => templates.find((t) => t.id === id), packIds: new Set(state.data.packIds), reload: state.reload };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useTemplates(): TemplatesState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useTemplates outside TemplatesProvider');
  return v;
}
