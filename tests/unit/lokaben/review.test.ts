import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { openTestEnv } from '../helpers';
import { BACKENDS } from '../testStore';

describe.each(BACKENDS)('ロカベン comments and 確認済み (%s)', (backend) => {
  it('adds, resolves and approves per viewpoint; refuses an unknown viewpoint; goes with the client', async () => {
    const { handlers, sql } = await openTestEnv(backend);
    const call = async (m: string, input: unknown) => dispatch(handlers, m, input, () => undefined);
    const c = (await call('createClient', { name: 'A社' })) as { ok: true; value: { id: string } };
    const clientId = c.value.id;
    const added = (await call('addLokabenComment', { clientId, viewpoint: 'keieisha', body: '後継者の話も書いておきたい', author: '青木', role: 'owner' })) as { ok: true; value: { id: string } };
    expect(added.ok).toBe(true);
    await call('setLokabenApproval', { clientId, viewpoint: 'jigyo', approved: true, by: '青木' });
    await call('resolveLokabenComment', { clientId, commentId: added.value.id, by: '田中' });
    const r = (await call('getLokabenReview', { clientId })) as { ok: true; value: { comments: { resolvedBy?: string }[]; approvals: { sectionId: string }[] } };
    expect(r.value.comments[0]?.resolvedBy).toBe('田中');
    expect(r.value.approvals.map((a) => a.sectionId)).toEqual(['jigyo']);
    const bad = await call('addLokabenComment', { clientId, viewpoint: 'nope', body: 'x', author: '', role: 'owner' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    await call('deleteClient', { id: clientId });
    expect(await sql.get('SELECT (SELECT count(*) FROM lokaben_comments) + (SELECT count(*) FROM lokaben_approvals) AS n')).toEqual({ n: 0 });
  });
});
