import type { chamberContract } from '../../shared/api/chamberContract';
import { ApiFailure } from '../../shared/api/errors';
import type { HandlerDeps, Handlers } from './handlers';

type ChamberHandlers = Pick<Handlers, keyof typeof chamberContract>;

/** 「ほかの指導員が変更しました」: the change log, read at once or after the next commit for this application. */
export function createChamberHandlers(deps: HandlerDeps): ChamberHandlers {
  const { applications, sql } = deps;
  const names = new Map<string, string>([[deps.me.login, deps.me.name]]);
  const nameOf = async (login: string): Promise<string> => {
    if (!names.has(login)) {
      const row = sql.dialect === 'postgres' ? await sql.get<{ name: string }>('SELECT name FROM people WHERE login = ?', [login]) : undefined;
      names.set(login, row?.name || login);
    }
    return names.get(login)!;
  };
  const read = async (applicationId: string, afterRevision: number) => {
    const changes = await applications.changesSince(applicationId, afterRevision);
    return { changes: await Promise.all(changes.map(async (c) => ({ ...c, userName: await nameOf(c.user) }))) };
  };
  const notHere = () => {
    throw new ApiFailure('BAD_INPUT', 'ブラウザーモードでは、接続先を環境変数 BANSO_DATABASE_URL（または npm run serve -- --database-url）で指定します。');
  };
  return {
    // The desktop app answers these in its main process (electron/app/chamberSettings.ts); here is browser mode.
    getChamberConnection: () => ({ connection: null, active: sql.dialect === 'postgres', canStore: false }),
    setChamberConnection: notHere,
    clearChamberConnection: notHere,
    async waitForChanges({ applicationId, afterRevision, waitMs }) {
      await applications.get(applicationId); // NOT_FOUND for an unknown (or deleted) application
      const now = await read(applicationId, afterRevision);
      if (now.changes.length > 0 || waitMs === 0) return now;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        const off = sql.subscribe((e) => {
          if (e.applicationId === applicationId && e.revision > afterRevision) done();
        });
        function done() {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
      return read(applicationId, afterRevision);
    },
  };
}
