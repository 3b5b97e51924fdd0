import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/db';
import { createClientsRepo } from '../../../electron/store/clients';
import { createApplicationsRepo } from '../../../electron/store/applications';
import { openTestEnv } from '../helpers';

const TRICKY = [
  '𠮷野家の😀絵文字👨‍👩‍👧‍👦と異体字󠄀',
  'か\u3099が\u309a（結合文字）e\u0301',
  '改行\r\nと\tタブ と\u0000ヌル',
  '𠀋'.repeat(50_000), // 50,000 characters outside the BMP
  'あ'.repeat(50_000),
];

describe('store round-trips text exactly', () => {
  it('client names and notes', () => {
    const { db, file } = openTestEnv();
    const clients = createClientsRepo(db);
    for (const t of TRICKY) {
      const c = clients.create({ name: [...t].slice(0, 100).join(''), notes: t });
      expect(clients.get(c.id).notes).toBe(t);
    }
    db.close();
    const reopened = openDatabase(file);
    const all = createClientsRepo(reopened).list('', 0, 100);
    expect(all.total).toBe(TRICKY.length);
    reopened.close();
  });

  it('section text of an application, after closing and reopening the file', () => {
    const { db, file } = openTestEnv();
    const client = createClientsRepo(db).create({ name: 'A社' });
    const apps = createApplicationsRepo(db);
    const a = apps.create({ clientId: client.id, programId: 'jizokuka', templateId: 'jizokuka-t', koboKai: '第1回', title: 't' });
    TRICKY.forEach((t, i) => apps.saveSection(a.id, `s${i}`, { body: t }, 0));
    db.close();
    const again = createApplicationsRepo(openDatabase(file)).get(a.id);
    TRICKY.forEach((t, i) => expect(again.content[`s${i}`]?.body).toBe(t));
    expect(again.revision).toBe(TRICKY.length);
  });
});

describe('clients', () => {
  it('search matches name, industry and advisor; LIKE wildcards are literal', () => {
    const { db } = openTestEnv();
    const clients = createClientsRepo(db);
    clients.create({ name: '株式会社A工務店', industry: '建設業', advisor: '田中' });
    clients.create({ name: 'B縫製', industry: '製造業', advisor: '佐藤' });
    clients.create({ name: '100%果汁の店' });
    expect(clients.list('工務店', 0, 10).items.map((c) => c.name)).toEqual(['株式会社A工務店']);
    expect(clients.list('製造', 0, 10).items.map((c) => c.name)).toEqual(['B縫製']);
    expect(clients.list('佐藤', 0, 10).total).toBe(1);
    expect(clients.list('%', 0, 10).items.map((c) => c.name)).toEqual(['100%果汁の店']);
    expect(clients.list('', 0, 2).items).toHaveLength(2);
    expect(clients.list('', 0, 2).total).toBe(3);
  });

  it('deleting a client deletes its applications (foreign keys on)', () => {
    const { db } = openTestEnv();
    const clients = createClientsRepo(db);
    const apps = createApplicationsRepo(db);
    const c = clients.create({ name: 'C社' });
    apps.create({ clientId: c.id, programId: 'jizokuka', templateId: 'jizokuka-t', koboKai: '第1回', title: 't' });
    expect(clients.delete(c.id)).toBe(true);
    expect(apps.list(undefined, 0, 10).total).toBe(0);
  });
});
