import { describe, expect, it, vi } from 'vitest';
import { openServices } from '../../../electron/app/services';
import { checkinCommand, checkoutCommand } from '../../../electron/cli/chamber';
import { cleanup, freshSchema, PG_URL } from '../testStore';
import { tempDir } from '../tempDir';
import path from 'node:path';

const appRoot = path.resolve(__dirname, '../../..');

/** 持ち出し and 持ち帰り: an application to a laptop's SQLite and back through the three-way merge. */
describe.skipIf(!PG_URL)('checkout / checkin', () => {
  async function setup() {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const url = await freshSchema();
    const open = (dataDir: string, databaseUrl?: string) => openServices({ dataDir, appRoot, version: 't', transport: 'http', seed: 'empty', ...(databaseUrl ? { databaseUrl } : {}) });
    const server = await open(tempDir(), url);
    cleanup(() => server.close());
    const client = await server.handlers.createClient({ name: '株式会社A工務店' } as never);
    const app = await server.handlers.createApplication({ clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-20', title: '計画' } as never);
    const saved = await server.handlers.saveSection({ id: app.id, sectionId: 'kigyoGaiyo', values: { body: '会議所の企業概要' }, baseRevision: 0 } as never);
    const laptopDir = tempDir();
    const args = (...extra: string[]) => [app.id, url, '--data-dir', laptopDir, ...extra];
    expect(await checkoutCommand(args())).toBe(0);
    const laptop = async <T>(fn: (s: Awaited<ReturnType<typeof open>>) => T | Promise<T>): Promise<T> => {
      const s = await open(laptopDir);
      try {
        return await fn(s);
      } finally {
        await s.close();
      }
    };
    return { server, app, laptop, args, saved };
  }
  const text = (a: { content: Record<string, Record<string, unknown>> }, sid: string) => a.content[sid]?.body;

  it('takes what changed on one side only, from both sides', async () => {
    const { server, app, laptop, args } = await setup();
    const onLaptop = await laptop((s) => s.handlers.getApplication({ id: app.id }));
    expect(text(onLaptop, 'kigyoGaiyo')).toBe('会議所の企業概要');
    await laptop((s) => s.handlers.saveSection({ id: app.id, sectionId: 'kokyakuNeeds', values: { body: '訪問先で書いた顧客ニーズ' }, baseRevision: onLaptop.revisions['section:kokyakuNeeds'] ?? onLaptop.revisions['*'] ?? 0 } as never));
    const now = await server.handlers.getApplication({ id: app.id });
    await server.handlers.saveSection({ id: app.id, sectionId: 'tsuyomi', values: { body: '事務所で書いた強み' }, baseRevision: now.revisions['section:tsuyomi'] ?? 0 } as never);
    expect(await checkinCommand(args())).toBe(0);
    const merged = await server.handlers.getApplication({ id: app.id });
    expect(text(merged, 'kokyakuNeeds')).toBe('訪問先で書いた顧客ニーズ');
    expect(text(merged, 'tsuyomi')).toBe('事務所で書いた強み');
    expect(text(merged, 'kigyoGaiyo')).toBe('会議所の企業概要');
  });

  it('a part changed on both sides is not merged until a side is chosen', async () => {
    const { server, app, laptop, args } = await setup();
    const onLaptop = await laptop((s) => s.handlers.getApplication({ id: app.id }));
    await laptop((s) => s.handlers.saveSection({ id: app.id, sectionId: 'kigyoGaiyo', values: { body: 'ノートPCの版' }, baseRevision: onLaptop.revisions['section:kigyoGaiyo'] ?? onLaptop.revisions['*'] ?? 0 } as never));
    const now = await server.handlers.getApplication({ id: app.id });
    await server.handlers.saveSection({ id: app.id, sectionId: 'kigyoGaiyo', values: { body: '事務所の版' }, baseRevision: now.revisions['section:kigyoGaiyo'] ?? 0 } as never);
    const cwd = process.cwd();
    process.chdir(tempDir()); // the conflicting file is written here for the app's chooser
    try {
      expect(await checkinCommand(args())).toBe(1);
    } finally {
      process.chdir(cwd);
    }
    expect(text(await server.handlers.getApplication({ id: app.id }), 'kigyoGaiyo')).toBe('事務所の版');
    expect(await checkinCommand(args('--prefer', 'laptop'))).toBe(0);
    expect(text(await server.handlers.getApplication({ id: app.id }), 'kigyoGaiyo')).toBe('ノートPCの版');
  });
});
