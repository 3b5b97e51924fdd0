import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/index';
import type { Application } from '../../../shared/schemas/application';
import { demo } from '../demoFixtures';

function withText(text: string): { app: Application; findings: ReturnType<typeof checkApplication>['findings'] } {
  const { template: t, application } = demo('jizokuka-20');
  const app = { ...application, content: { ...application.content, kigyoGaiyo: { kigyoGaiyo: text } } };
  return { app, findings: checkApplication(t, app).findings.filter((f) => f.id.startsWith('printable:') && f.sectionId === 'kigyoGaiyo') };
}

/** Applies a fix as the UI does (every replacement in its field). */
function applied(app: Application, fix: NonNullable<ReturnType<typeof checkApplication>['findings'][number]['fix']>): string {
  let text = app.content.kigyoGaiyo?.kigyoGaiyo as string;
  for (const r of fix.replacements) text = text.split(r.from).join(r.to);
  return text;
}

describe('characters that will not survive: findings with a one-click fix', () => {
  it.each([
    ['emoji', '新商品を発売🎉しました👍🏻。', '新商品を発売しました。'],
    ['ivs', '葛\u{E0100}飾区の工場', '葛飾区の工場'],
    ['hankakuKana', 'ｶﾞｿﾘﾝｽﾀﾝﾄﾞの隣', 'ガソリンスタンドの隣'],
    ['tab', '売上高\t2億円\u200B', '売上高　2億円'],
    ['kishuIzon', '㈱サンプル、床面積120㎡、㍻30年', '（株）サンプル、床面積120平方メートル、平成30年'],
  ])('%s', (kind, text, fixed) => {
    const { app, findings } = withText(text);
    const f = findings.find((x) => x.id === `printable:${kind}:kigyoGaiyo.kigyoGaiyo`);
    expect(f, kind).toBeDefined();
    expect(f!.sectionId).toBe('kigyoGaiyo');
    expect(f!.fix?.label).toBeTruthy();
    let text2 = text;
    for (const x of findings) text2 = applied({ ...app, content: { ...app.content, kigyoGaiyo: { kigyoGaiyo: text2 } } }, x.fix!);
    expect(text2).toBe(fixed);
  });

  it('ordinary Japanese business text (★, ※, 〒, ♪, →, ①, Ⅱ) raises nothing', () => {
    expect(withText('※詳細は別紙。★印は新商品。〒330-0001 →駅前店。♪①新築、Ⅱ期工事').findings).toEqual([]);
  });
});
