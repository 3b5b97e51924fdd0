import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import type { Block, DocModel } from './docModel';

export interface FigureInput {
  caption: string;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  data: Uint8Array;
}

/** 図1, 図2 … in order; the numbers the text refers to. */
export const figureLabel = (index: number, caption: string) => `図${index + 1}${caption ? `　${caption}` : ''}`;

/** Which figure numbers (図N) the application's texts mention. */
export function referencedFigures(app: Application): Set<number> {
  const seen = new Set<number>();
  for (const values of Object.values(app.content)) {
    for (const v of Object.values(values)) {
      if (typeof v !== 'string') continue;
      for (const m of v.matchAll(/図\s*([0-9０-９]+)/g)) seen.add(Number((m[1] ?? '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
    }
  }
  return seen;
}

/** The supplementary PDF: the figures, numbered and captioned, on A4. Landscape-ish images use the full width. */
export function supplementaryDocument(t: Template, app: Application, clientName: string, figures: FigureInput[], now = new Date()): DocModel {
  const blocks: Block[] = [{ type: 'heading', level: 2, text: `${t.supplementary?.title ?? '補足資料'}　${app.title}` }];
  figures.forEach((f, i) => {
    const tall = f.height > f.width * 1.2;
    blocks.push({ type: 'image', data: f.data, format: f.mime === 'image/png' ? 'png' : 'jpeg', caption: figureLabel(i, f.caption), widthRatio: tall ? 0.55 : 0.9 });
  });
  return { meta: { title: `${t.supplementary?.title ?? '補足資料'}　${app.title}`, author: clientName, subject: t.name, createdAt: now }, blocks };
}
