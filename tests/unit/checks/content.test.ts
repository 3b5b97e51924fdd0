import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import { countChars } from '../../../shared/checks/textScan';
import { finding, ids, makeApp, realTemplate } from './helpers';

/** Required content and character limits, counted as the e-application counts. */

describe('countChars', () => {
  it('counts code points: 𠮷 (a surrogate pair) and emoji are 1 each', () => {
    expect(countChars('𠮷野家')).toBe(3);
    expect(countChars('😀a')).toBe(2);
  });
  it('counts a line break as 1, CRLF included', () => {
    expect(countChars('あ\nい')).toBe(3);
    expect(countChars('あ\r\nい')).toBe(3);
  });
  it('counts full- and half-width alike', () => {
    expect(countChars('ＡＢＣabc１２３')).toBe(9);
  });
});

describe('character limits', () => {
  const t = realTemplate('monozukuri-20');
  const withName = (s: string) => makeApp(t, { content: { jigyoKeikakuMei: { jigyoKeikakuMei: s } } });

  it('事業計画名 30字: exactly 30 passes, 31 fails with the counts in the message', () => {
    expect(ids(checkApplication(t, withName('あ'.repeat(30))))).not.toContain('charLimit:jigyoKeikakuMei.jigyoKeikakuMei');
    const over = finding(checkApplication(t, withName('あ'.repeat(31))), 'charLimit:jigyoKeikakuMei.jigyoKeikakuMei');
    expect(over?.severity).toBe('error');
    expect(over?.message).toContain('31字');
    expect(over?.message).toContain('30字');
  });

  it('a line break counts toward the limit; 𠮷 counts once', () => {
    expect(ids(checkApplication(t, withName(`${'あ'.repeat(29)}\n`)))).not.toContain('charLimit:jigyoKeikakuMei.jigyoKeikakuMei');
    expect(ids(checkApplication(t, withName(`${'あ'.repeat(29)}\r\nい`)))).toContain('charLimit:jigyoKeikakuMei.jigyoKeikakuMei');
    expect(ids(checkApplication(t, withName('𠮷'.repeat(30))))).not.toContain('charLimit:jigyoKeikakuMei.jigyoKeikakuMei');
  });
});

describe('required content', () => {
  const t = realTemplate('jizokuka-17');
  it('flags empty required fields of every kind, not optional ones', () => {
    const r = checkApplication(t, makeApp(t));
    expect(finding(r, 'required:kigyoGaiyo.kigyoGaiyo')?.severity).toBe('error');
    expect(ids(r)).toContain('required:keihi.meisai');
    expect(ids(r)).toContain('required:kihon.kazei');
    expect(ids(r)).not.toContain('required:gyomuKoritsuka.gyomuKoritsuka');
    expect(r.readiness.ready).toBe(false);
  });
  it('whitespace is not content', () => {
    const r = checkApplication(t, makeApp(t, { content: { kigyoGaiyo: { kigyoGaiyo: ' \n　' } } }));
    expect(ids(r)).toContain('required:kigyoGaiyo.kigyoGaiyo');
  });
  it('choices outside the template and over maxSelected are reported', () => {
    const r = checkApplication(t, makeApp(t, { content: { kihon: { kazei: 'kazeiX', katen: ['seisaku:chinage', 'juten:kuruminEruboshi', 'seisaku:kaso'] } } }));
    expect(ids(r)).toContain('choiceUnknown:kihon.kazei');
    expect(ids(r)).toContain('maxSelected:kihon.katen');
  });
});

describe('plan table presence (keiei-kakushin-r2)', () => {
  const t = realTemplate('keiei-kakushin-r2');
  it('a plan without an actual year is not filled', () => {
    const r = checkApplication(t, makeApp(t));
    expect(ids(r)).toContain('required:suchiKeikaku.keikaku');
  });
});
