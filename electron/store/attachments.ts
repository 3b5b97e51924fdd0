import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import type { AttachmentSummary } from '../../shared/api/attachmentContract';
import type { SqlStore } from './sql/types';

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
  data?: Uint8Array;
}

const summary = (r: Row): AttachmentSummary => ({ id: r.id, applicationId: r.application_id, position: r.position, caption: r.caption, mime: r.mime, width: r.width, height: r.height });
const withData = (r: Row): AttachmentData => ({ ...summary(r), data: new Uint8Array(r.data ?? new Uint8Array(0)) });
const notFound = () => new ApiFailure('NOT_FOUND', '指定された図が見つかりません。');
const HEAD = 'id, application_id, position, caption, mime, width, height';

/** Figures of the supplementary PDF (図1, 図2 … in `position` order). Images are stored as BLOBs (bytea). */
export function createAttachmentsRepo(sql: SqlStore) {
  const get = async (id: string): Promise<AttachmentData> => {
    const r = await sql.get<Row>(`SELECT ${HEAD}, data FROM attachments WHERE id = ?`, [id]);
    if (!r) throw notFound();
    return withData(r);
  };
  const list = async (applicationId: string): Promise<AttachmentSummary[]> =>
    (await sql.all<Row>(`SELECT ${HEAD} FROM attachments WHERE application_id = ? ORDER BY position, id`, [applicationId])).map(summary);
  return {
    get,
    list,
    async add(applicationId: string, caption: string, mime: Row['mime'], width: number, height: number, data: Uint8Array): Promise<AttachmentSummary> {
      const id = randomUUID();
      await sql.run(
        `INSERT INTO attachments (id, application_id, position, caption, mime, width, height, data, created_at)
         VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM attachments WHERE application_id = ?), ?, ?, ?, ?, ?, ?)`,
        [id, applicationId, applicationId, caption, mime, width, height, data, new Date().toISOString()],
      );
      const { data: _data, ...s } = await get(id);
      return s;
    },
    async withData(applicationId: string): Promise<AttachmentData[]> {
      return (await sql.all<Row>(`SELECT ${HEAD}, data FROM attachments WHERE application_id = ? ORDER BY position, id`, [applicationId])).map(withData);
    },
    async caption(id: string, caption: string): Promise<void> {
      if ((await sql.run('UPDATE attachments SET caption = ? WHERE id = ?', [caption, id])).changes === 0) throw notFound();
    },
    /** Moves a figure one place up or down (swapping with its neighbour). */
    async move(id: string, by: -1 | 1): Promise<void> {
      await sql.tx(async () => {
        const a = await get(id);
        const all = await list(a.applicationId);
        const b = all[all.findIndex((x) => x.id === id) + by];
        if (!b) return;
        await sql.run('UPDATE attachments SET position = ? WHERE id = ?', [b.position, a.id]);
        await sql.run('UPDATE attachments SET position = ? WHERE id = ?', [a.position, b.id]);
      });
    },
    async delete(id: string): Promise<boolean> {
      return (await sql.run('DELETE FROM attachments WHERE id = ?', [id])).changes > 0;
    },
  };
}
