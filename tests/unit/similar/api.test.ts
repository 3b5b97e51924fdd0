import { ClientInput } from '../../../shared/schemas/client';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { dispatch } from '../../../electron/api/dispatch';
import type { Handlers } from '../../../electron/api/handlers';
import { sqliteStore } from '../../../electron/store/sql/sqlite';
import { openPostgres } from '../../../electron/store/postgres/open';
import type { SqlStore } from '../../../electron/store/sql/types';
import { fixtureTemplate } from '../helpers';
import { BACKENDS, cleanup, openEnv, type Backend, type TestEnv } from '../testStore';
import { BIYOSHITSU, KOMUTEN, SEIMEN, SWEETS_EDITED, SWEETS_OTHER, SWEETS_TEXT } from './texts';

const EXAMPLE = '当社の強みは、創業以来の顧客台帳にある約600世帯との関係と、自社の職人が相談から施工・点検まで一人で担当する体制である。OB顧客の再依頼率は約6割に上り、紹介による新規の相談も年30件ある。';

async function env(backend: Backend) {
  const t = fixtureTemplate('jizokuka-t', 'jizokuka', { gaiyo: 'kigyoGaiyo', tsuyomi: 'tsuyomi' });
  t.sections.find((s) => s.id === 'tsuyomi')!.example = EXAMPLE;
  return openEnv([t], backend);
}

/** Another connection to the same store (another program on this PC, or another advisor's app on the chamber's server). */
async function otherConnection(e: TestEnv): Promise<SqlStore> {
  const sql = e.backend === 'postgres' ? await openPostgres({ connectionString: e.url!, listen: false }) : sqliteStore(new Database(e.file));
  cleanup(() => sql.close());
  return sql;
}

async function client(h: Handlers, name: string) {
  return h.createClient(ClientInput.parse({ name, representative: '', corporateNumber: '', legalForm: 'hojin', industry: '', prefecture: '', employeeCount: 3, capitalYen: null, foundedYear: null, fiscalYearEndMonth: null, advisor: '', notes: '' }));
}

async function draft(h: Handlers, clientId: string, title: string, gaiyo: string, reuseFromId?: string) {
  const a = await h.createApplication({ clientId, programId: 'jizokuka', templateId: 'jizokuka-t', title, ...(reuseFromId ? { reuseFromId } : {}) });
  const r = await h.saveSection({ id: a.id, sectionId: 'gaiyo', values: { body: gaiyo }, baseRevision: 0 });
  return { id: a.id, revision: r.revision };
}

const similar = async (h: Handlers, applicationId: string) => {
  const r = await dispatch(h, 'findSimilar', { applicationId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Awaited<ReturnType<Handlers['findSimilar']>>;
};

describe.each(BACKENDS)('findSimilar (%s)', (backend) => {
  it("names the other client's application, the sections and both passages; on both sides", async () => {
    const { handlers: h } = await env(backend);
    const a = await client(h, '洋菓子工房アマンド');
    const b = await client(h, '有限会社みなと菓子舗');
    const c = await client(h, '株式会社サンライズ美容');
    const orig = await draft(h, a.id, '贈答需要に応える焼き菓子の通販', `当店の概要。${SWEETS_TEXT}`);
    const copy = await draft(h, b.id, '菓子舗の販路開拓', `${SEIMEN}${SWEETS_EDITED}`);
    await draft(h, c.id, '予約の電子化', `${BIYOSHITSU}${SWEETS_OTHER}`);

    const fromCopy = await similar(h, copy.id);
    expect(fromCopy.compared).toBe(2);
    expect(fromCopy.matches).toHaveLength(1);
    const m = fromCopy.matches[0]!;
    expect(m).toMatchObject({ kind: 'application', applicationId: orig.id, title: '贈答需要に応える焼き菓子の通販', clientName: '洋菓子工房アマンド', programId: 'jizokuka', templateId: 'jizokuka-t', templateName: 'テスト様式 jizokuka-t' });
    expect(m.here).toMatchObject({ sectionId: 'gaiyo', sectionTitle: '項目 gaiyo', fieldId: 'body', fieldLabel: '本文' });
    expect(m.there.sectionId).toBe('gaiyo');
    expect(m.similarity).toBeGreaterThanOrEqual(70);
    expect(m.here.text).toContain('県内産の果物');
    expect(m.there.text).toContain('地元産の果物');
    expect(`${SEIMEN}${SWEETS_EDITED}`.slice(m.here.start, m.here.end)).toBe(m.here.text);

    const fromOrig = await similar(h, orig.id);
    expect(fromOrig.matches.map((x) => [x.applicationId, x.clientName])).toEqual([[copy.id, '有限会社みなと菓子舗']]);
  });

  it("the same client's applications (carried-over sections) are not flagged", async () => {
    const { handlers: h } = await env(backend);
    const a = await client(h, '洋菓子工房アマンド');
    const first = await draft(h, a.id, '前回', SWEETS_TEXT);
    const second = await draft(h, a.id, '今回', `${SWEETS_TEXT}今回は法人向けの詰め合わせを加える。`, first.id);
    expect((await similar(h, second.id)).matches).toEqual([]);
    expect((await similar(h, first.id)).compared).toBe(0);
  });

  it('follows every write: a save, a replaced body (import/restore), another connection, a deletion', async () => {
    const e = await env(backend);
    const { handlers: h, applications } = e;
    const a = await client(h, '洋菓子工房アマンド');
    const b = await client(h, '有限会社みなと菓子舗');
    const orig = await draft(h, a.id, '元の計画', SWEETS_TEXT);
    const copy = await draft(h, b.id, '写した計画', SWEETS_EDITED);
    expect((await similar(h, copy.id)).matches).toHaveLength(1);

    // Rewritten in the copy's own words: the warning goes.
    const r1 = await h.saveSection({ id: copy.id, sectionId: 'gaiyo', values: { body: SWEETS_OTHER }, baseRevision: copy.revision });
    expect((await similar(h, copy.id)).matches).toEqual([]);
    // The original replaced whole (what an import or a restore does): now it is the copy's text.
    const o = await applications.get(orig.id);
    await applications.replaceBody(orig.id, { ...o, content: { gaiyo: { body: `${SEIMEN}${SWEETS_OTHER}` } } }, { whole: o.revision });
    expect((await similar(h, copy.id)).matches.map((m) => m.applicationId)).toEqual([orig.id]);
    // Another connection (another program) writes: seen too.
    const other = await otherConnection(e);
    await other.tx(async () => {
      const row = await other.get<{ content: string }>(`SELECT content FROM applications WHERE id = ?${other.lock}`, [orig.id]);
      const content = JSON.parse(row!.content);
      content.gaiyo.body = KOMUTEN;
      await other.run('UPDATE applications SET content = ?, revision = revision + 1 WHERE id = ?', [JSON.stringify(content), orig.id]);
    });
    expect((await similar(h, copy.id)).matches).toEqual([]);
    // Back to a copy, then the original is deleted.
    await h.saveSection({ id: copy.id, sectionId: 'gaiyo', values: { body: KOMUTEN.replace(/。/g, '．') }, baseRevision: r1.revision });
    expect((await similar(h, copy.id)).matches).toHaveLength(1);
    await h.deleteApplication({ id: orig.id });
    expect((await similar(h, copy.id)).matches).toEqual([]);
    expect((await similar(h, copy.id)).compared).toBe(0);
  });

  it("a draft that copies the template's 記載例 is flagged as such", async () => {
    const { handlers: h } = await env(backend);
    const a = await client(h, '株式会社青木工務店');
    const app = await h.createApplication({ clientId: a.id, programId: 'jizokuka', templateId: 'jizokuka-t', title: '断熱診断' });
    await h.saveSection({ id: app.id, sectionId: 'tsuyomi', values: { body: `${EXAMPLE.replace('約600世帯', '約450世帯')}さらに断熱の診断もできる。` }, baseRevision: 0 });
    const [m, ...rest] = (await similar(h, app.id)).matches;
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kind: 'example', applicationId: null, title: '記載例', templateId: 'jizokuka-t', here: { sectionId: 'tsuyomi' }, there: { sectionId: 'tsuyomi', fieldLabel: '記載例' } });
    expect(m!.there.text).toBe(EXAMPLE);
  });

  it('refuses bad input and an unknown application', async () => {
    const { handlers: h } = await env(backend);
    expect(await dispatch(h, 'findSimilar', { applicationId: '' }, () => undefined)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch(h, 'findSimilar', { applicationId: 'missing' }, () => undefined)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
