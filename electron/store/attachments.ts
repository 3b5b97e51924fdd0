import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { AttachmentSummary } from '../../shared/api/attachmentContract';
import { immediate, type Db } from './db';

export interface AttachmentData extends AttachmentSummary {
  data: Uint8Array;
}

interface Row {
  id: string;
  application_id: string;
  position: number;
  caption: string;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  data?: Buffer;
}

const summary = (r: Row): AttachmentSummary => ({ id: r.id, applicationId: r.application_id, position: r.position, caption: r.caption, mime: r.mime, width: r.width, height: r.height });

/** Figures of the supplementary PDF (図1, 図2 … in `position` order). Images are stored as BLOBs. */
export function createAttachmentsRepo(db: Db) {
  const insert = db.prepare(`INSERT INTO attachments (id, application_id, position, caption, mime, width, height, data, created_at)
    VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM attachments WHERE application_id = ?), ?, ?, ?, ?, ?, ?)`);
  const list = db.prepare('SELECT id, application_id, position, caption, mime, width, height FROM attachments WHERE application_id = ? ORDER BY position, id');
  const listData = db.prepare('SELECT * FROM attachments WHERE application_id = ? ORDER BY position, id');
  const byId = db.prepare('SELECT * FROM attachments WHERE id = ?');
  const setCaption = db.prepare('UPDATE attachments SET caption = ? WHERE id = ?');
  const setPosition = db.prepare('UPDATE attachments SET position = ? WHERE id = ?');
  const del = db.prepare('DELETE FROM attachments WHERE id = ?');
  return {
    add(applicationId: string, caption: string, mime: Row['mime'], width: number, height: number, data: Uint8Array): AttachmentSummary {
      const id = randomUUID();
      insert.run(id, applicationId, applicationId, caption, mime, width, height, Buffer.from(data), new Date().toISOString());
      return summary(byId.get(id) as Row);
    },
    list(applicationId: string): AttachmentSummary[] {
      return (list.all(applicationId) as Row[]).map(summary);
    },
    withData(applicationId: string): AttachmentData[] {
      return (listData.all(applicationId) as Row[]).map((r) => ({ ...summary(r), data: new Uint8Array(r.data ?? Buffer.alloc(0)) }));
    },
    get(id: string): AttachmentData {
      const r = byId.get(id) as Row | undefined;
      if (!r) throw new ApiFailure('NOT_FOUND', '指定された図が見つかりません。');
      return { ...summary(r), data: new Uint8Array(r.data ?? Buffer.alloc(0)) };
    },
    caption(id: string, caption: string): void {
      if (setCaption.run(caption, id).changes === 0) throw new ApiFailure('NOT_FOUND', '指定された図が見つかりません。');
    },
    /** Moves a figure one place up or down (swapping with its neighbour). */
    move(id: string, by: -1 | 1): void {
      const a = this.get(id);
      const all = this.list(a.applicationId);
      const i = all.findIndex((x) => x.id === id);
      const b = all[i + by];
      if (!b) return;
      immediate(db, () => {
        setPosition.run(b.position, a.id);
        setPosition.run(a.position, b.id);
      });
    },
    delete(id: string): boolean {
      return del.run(id).changes > 0;
    },
  };
}
