import { describe, expect, it } from 'vitest';
import { transcriptionRows } from '../../../shared/export/transcription';
import { factText, factValues } from '../../../shared/export/facts';
import { checkApplication } from '../../../shared/checks/index';
import { buildLargestApplication } from '../../../shared/checks/fixtures/largest';
import { Client, ClientInput } from '../../../shared/schemas/client';
import { checkContextOf } from '../../../shared/checks/clientContext';
import { templates } from '../demoFixtures';

/** 持続化 様式2 「応募者の概要」: the client's facts the form asks, in its order, printed and on the 転記シート. */
const at = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const client = Client.parse({
  id: 'c',
  name: '株式会社A工務店',
  nameKana: 'カブシキガイシャエーコウムテン',
  corporateNumber: '',
  homepageUrl: 'なし',
  representative: '青木 健一',
  contactName: '青木 健一',
  contactKana: 'アオキ ケンイチ',
  contactTitle: '代表取締役',
  postalCode: '330-0000',
  address: '埼玉県さいたま市浦和区〇〇町1-2-3',
  phone: '048-000-0000',
  email: 'info@example.jp',
  ...at,
});

describe('応募者の概要 (持続化 様式2)', () => {
  it.each(['jizokuka-17', 'jizokuka-20', 'jizokuka-sogyo-4'])('%s: the facts in the form’s order, from フリガナ to 代表者', (id) => {
    const t = templates.find((x) => x.id === id)!;
    const keys = t.sections[0]!.facts ?? [];
    expect(keys.slice(0, 4)).toEqual(['client.nameKana', 'client.name', 'client.corporateNumber', 'client.homepageUrl']);
    expect(keys.indexOf('client.contactName')).toBeGreaterThan(keys.indexOf('latest.keijoRieki'));
    expect(keys.at(-1)).toBe('client.representative');
    const app = buildLargestApplication(t);
    const rows = transcriptionRows(t, app, { client, report: checkApplication(t, app), now: new Date('2026-11-30T03:00:00Z') });
    const facts = rows.filter((r) => r.key.startsWith('fact:client.'));
    expect(facts.map((r) => r.key)).toEqual(keys.filter((k) => k.startsWith('client.')).map((k) => `fact:${k}`));
    expect(facts.find((r) => r.key === 'fact:client.nameKana')?.text).toBe('カブシキガイシャエーコウムテン');
  });

  it('prints the address with its 〒 and copies the address alone; a 個人事業主 has 法人番号 「なし」 as the form asks', () => {
    const [address] = factValues(['client.address'], client, buildLargestApplication(templates.find((x) => x.id === 'jizokuka-20')!));
    expect([factText(address!), address!.copy]).toEqual(['〒330-0000 埼玉県さいたま市浦和区〇〇町1-2-3', '埼玉県さいたま市浦和区〇〇町1-2-3']);
    const kojin = Client.parse({ ...client, legalForm: 'kojin' });
    const [bango] = factValues(['client.corporateNumber'], kojin, buildLargestApplication(templates.find((x) => x.id === 'jizokuka-20')!));
    expect([bango!.text, bango!.copy]).toEqual(['なし', 'なし']);
  });

  it('refuses a postal code or an e-mail address it cannot read, with a Japanese message', () => {
    const zip = ClientInput.safeParse({ name: 'A', postalCode: '33-0000' });
    expect(zip.success ? '' : zip.error.issues[0]!.message).toContain('郵便番号');
    const mail = ClientInput.safeParse({ name: 'A', email: 'info＠example' });
    expect(mail.success ? '' : mail.error.issues[0]!.message).toContain('メールアドレス');
    expect(ClientInput.safeParse({ name: 'A', postalCode: '３３０－００００' }).success).toBe(true);
  });

  it('names the items the form needs that the client record lacks, with where to type them; a complete record, or no record, says nothing', () => {
    const t = templates.find((x) => x.id === 'jizokuka-20')!;
    const app = buildLargestApplication(t);
    const find = (c?: Client) => checkApplication(t, app, c ? checkContextOf(c) : {}).findings.find((f) => f.id.startsWith('applicant:'));
    expect(find(client)).toBeUndefined();
    expect(find()).toBeUndefined();
    const f = find(Client.parse({ ...client, phone: '', nameKana: ' ' }));
    expect(f).toMatchObject({ sectionId: 'kihon', severity: 'warning', category: 'yoken' });
    expect(f!.message).toContain('名称のフリガナ・電話番号');
    expect(f!.message).toContain('基本情報を編集');
  });
});
