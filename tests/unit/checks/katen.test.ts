import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import { finding, ids, makeApp, realTemplate } from './helpers';

describe('加点 (持続化 第17回): one per group, two from a group void them', () => {
  const t = realTemplate('jizokuka-17');
  const run = (kihon: Record<string, string | string[]>) => checkApplication(t, makeApp(t, { content: { kihon } }));

  it('one 重点 and one 政策 is fine', () => {
    const r = run({ katen: ['juten:kuruminEruboshi', 'seisaku:keieiRyokuKojo'] });
    expect(ids(r).filter((x) => x.startsWith('katen:'))).toEqual([]);
  });

  it('two from 政策加点 void them: a 注意 naming both (加点, not ineligibility — never an エラー)', () => {
    const f = finding(run({ katen: ['seisaku:kaso', 'seisaku:keieiRyokuKojo'] }), 'katen:group:seisaku:');
    expect(f?.severity).toBe('warning');
    expect(f?.category).toBe('katen');
    expect(f?.message).toContain('政策加点');
  });

  it('賃金引上げ特例 applies 賃上げ加点 by itself: another 政策加点 is warned about', () => {
    const f = finding(run({ tokurei: ['chinage'], katen: ['seisaku:keieiRyokuKojo'] }), 'katen:group:seisaku:');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('自動');
    const both = run({ tokurei: ['chinage'], akaji: 'yes', katen: ['juten:kuruminEruboshi'] });
    expect(finding(both, 'katen:group:juten:')?.severity).toBe('warning');
  });

  it('no 加点 gives a hint', () => {
    expect(finding(run({}), 'katen:none')?.severity).toBe('hint');
  });
});

describe('加点 and choices (もの補助 第20次)', () => {
  const t = realTemplate('monozukuri-20');
  const run = (kihon: Record<string, string | string[]>) => checkApplication(t, makeApp(t, { content: { kihon } }));
  const seven = ['keieiKakushin', 'partnership', 'dxNintei', 'kenkoKeiei', 'gijutsuJohoKanri', 'jigyoKeizokuryoku', 'kurumin'];

  it('6 加点 are allowed, 7 are not', () => {
    expect(ids(run({ katen: seven.slice(0, 6) }))).not.toContain('maxSelected:kihon.katen');
    expect(finding(run({ katen: seven }), 'maxSelected:kihon.katen')?.severity).toBe('error');
  });

  it('大幅賃上げ特例 and 最低賃金引上げ特例 cannot be combined; 最低賃金特例 is not for 小規模', () => {
    expect(ids(run({ tokurei: ['oohabaChinage', 'saiteiChinginHikiage'] }))).toContain('tokureiHeiyo');
    expect(ids(run({ tokurei: ['oohabaChinage'] }))).not.toContain('tokureiHeiyo');
    expect(ids(run({ tokurei: ['saiteiChinginHikiage'], shokibo: 'yes' }))).toContain('saiteiShokibo');
    expect(ids(run({ tokurei: ['saiteiChinginHikiage'], shokibo: 'no' }))).not.toContain('saiteiShokibo');
  });

  it('グローバル枠 needs its 類型', () => {
    expect(ids(run({ waku: 'global' }))).toContain('globalRuikei');
    expect(ids(run({ waku: 'global', globalRuikei: 'yushutsu' }))).not.toContain('globalRuikei');
  });
});
