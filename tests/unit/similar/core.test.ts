import { describe, expect, it } from 'vitest';
import { normalizeText, originalSpan, SimilarCorpus, fingerprint, GUARANTEE_CHARS, type SimilarDoc } from '../../../shared/similar/index';
import { BIYOSHITSU, BOILERPLATE, KOMUTEN, ownText, SEIMEN, SWEETS_EDITED, SWEETS_OTHER, SWEETS_PUNCTUATION, SWEETS_SWAPPED, SWEETS_TEXT, SWEETS_WIDTH } from './texts';

const app = (id: string, client: string, ...texts: string[]): SimilarDoc => ({
  id,
  group: client,
  kind: 'application',
  fields: texts.map((text, i) => ({ sectionId: `s${i}`, fieldId: 'body', text })),
});

function corpusOf(docs: SimilarDoc[]) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const c = new SimilarCorpus((id) => byId.get(id));
  for (const d of docs) c.upsert(d);
  return { corpus: c, byId };
}

describe('normalisation', () => {
  it('drops punctuation and spaces, unifies width, keeps kana as typed, maps back to the original', () => {
    const n = normalizeText('ＡＢＣ１２３、テスト　ｶﾞｷﾞ「ひらがな」\n㈱①ⅱ');
    expect(n.text).toBe('abc123テストガギひらがな株1ii');
    const i = n.text.indexOf('ガ');
    expect(originalSpan(n, i, i + 2)).toEqual({ start: 11, end: 15 });
    expect(normalizeText('当店は、2012年の開業以来 地元産').text).toBe(normalizeText('当店は２０１２年の開業以来、地元産').text);
    expect(normalizeText('𠮷野家😀です').text).toBe('𠮷野家です');
  });

  it('winnowing: a shared run of GUARANTEE_CHARS characters always shares a fingerprint', () => {
    const run = normalizeText(SWEETS_TEXT).text.slice(20, 20 + GUARANTEE_CHARS);
    for (const [a, b] of [[KOMUTEN, SEIMEN], [BIYOSHITSU, SWEETS_OTHER], [SEIMEN, KOMUTEN]] as const) {
      const x = fingerprint(normalizeText(a).text.slice(0, 30) + run + normalizeText(a).text.slice(30, 60));
      const y = fingerprint(normalizeText(b).text.slice(0, 45) + run);
      const hx = new Set(x.hashes);
      expect([...y.hashes].some((h) => hx.has(h))).toBe(true);
    }
  });
});

describe('passages that read alike', () => {
  const original = app('orig', 'client-sweets', `はじめに当店の概要を述べる。${SWEETS_TEXT}`, '店舗は商店街の角地にあり、2階を菓子教室として月に4回貸し出している。教室の参加者が常連客になる例が多く、口コミの起点になっている。');

  it.each([
    ['punctuation, spaces and line breaks changed', SWEETS_PUNCTUATION, 95],
    ['全角/半角 changed', SWEETS_WIDTH, 95],
    ['a few words changed', SWEETS_EDITED, 60],
    ['two sentences swapped', SWEETS_SWAPPED, 85],
  ])('%s → found on both sides with both passages', (_label, variant, minPercent) => {
    const copy = app('copy', 'client-other', `${BIYOSHITSU}\n\n${variant}\n${KOMUTEN}`);
    const { corpus } = corpusOf([original, copy]);
    const fromCopy = corpus.find(copy);
    expect(fromCopy.length).toBeGreaterThan(0);
    const m = fromCopy[0]!;
    expect(m.otherId).toBe('orig');
    expect(m.here.sectionId).toBe('s0');
    expect(m.there.sectionId).toBe('s0');
    expect(m.similarity * 100).toBeGreaterThanOrEqual(minPercent);
    // The passages are the texts as typed, at the offsets reported.
    expect(copy.fields[0]!.text.slice(m.here.start, m.here.end)).toBe(m.here.text);
    expect(original.fields[0]!.text.slice(m.there.start, m.there.end)).toBe(m.there.text);
    expect(m.here.text.length).toBeGreaterThan(SWEETS_TEXT.length * 0.6);
    expect(m.there.text).not.toContain('はじめに'); // the passage starts where the copy starts
    // …and the other side sees it too.
    const fromOriginal = corpus.find(original);
    expect(fromOriginal.map((x) => x.otherId)).toContain('copy');
  });

  it('unrelated plans on the same topic are not flagged', () => {
    const { corpus } = corpusOf([original, app('b', 'client-b', SWEETS_OTHER, KOMUTEN), app('c', 'client-c', BIYOSHITSU, SEIMEN)]);
    expect(corpus.find(original)).toEqual([]);
  });

  it("one client's own applications (carried-over sections) are not flagged", () => {
    const again = app('orig-2', 'client-sweets', SWEETS_TEXT, KOMUTEN);
    const { corpus } = corpusOf([original, again]);
    expect(corpus.find(again)).toEqual([]);
    expect(corpus.find(original)).toEqual([]);
  });

  it('boilerplate shared by many clients is not flagged; the same text in two clients is', () => {
    const many = Array.from({ length: 25 }, (_, n) => app(`m${n}`, `client-${n}`, `${ownText(n)}${BOILERPLATE}`));
    const { corpus } = corpusOf(many);
    expect(corpus.boilerplateCut()).toBe(20);
    for (const d of many.slice(0, 3)) expect(corpus.find(d)).toEqual([]);

    const two = corpusOf(many.slice(0, 2)).corpus;
    const found = two.find(many[0]!);
    expect(found).toHaveLength(1);
    expect(found[0]!.here.text).toContain('補助事業終了後も適切に管理し');
  });

  it('a short shared phrase is not a passage', () => {
    const a = app('a', 'ca', `${KOMUTEN}地域の住まいの寒さと老朽化を解決する。`);
    const b = app('b', 'cb', `${SEIMEN}地域の住まいの寒さと老朽化を解決する。`);
    expect(corpusOf([a, b]).corpus.find(a)).toEqual([]);
  });

  it('a template example copied into a draft is flagged as an example', () => {
    const example: SimilarDoc = { id: 'example:t:s', group: 'example:t:s', kind: 'example', fields: [{ sectionId: 's0', fieldId: 'example', text: SWEETS_TEXT }] };
    const draft = app('draft', 'client-x', `${SEIMEN}${SWEETS_EDITED}`);
    const { corpus } = corpusOf([example, draft]);
    const [m] = corpus.find(draft);
    expect(m).toMatchObject({ otherId: 'example:t:s', otherKind: 'example' });
  });
});

describe('incremental updates', () => {
  it('a re-indexed document counts with its new text only; a removed one not at all', () => {
    const docs = new Map<string, SimilarDoc>();
    const corpus = new SimilarCorpus((id) => docs.get(id));
    const put = (d: SimilarDoc) => {
      docs.set(d.id, d);
      corpus.upsert(d, String(Math.random()));
    };
    put(app('a', 'ca', SWEETS_TEXT));
    put(app('b', 'cb', KOMUTEN));
    const query = app('q', 'cq', SWEETS_EDITED);
    expect(corpus.find(query).map((m) => m.otherId)).toEqual(['a']);
    put(app('a', 'ca', SEIMEN)); // rewritten
    put(app('b', 'cb', SWEETS_PUNCTUATION)); // now the copy
    expect(corpus.find(query).map((m) => m.otherId)).toEqual(['b']);
    corpus.compact();
    expect(corpus.find(query).map((m) => m.otherId)).toEqual(['b']);
    corpus.remove('b');
    docs.delete('b');
    expect(corpus.find(query)).toEqual([]);
    expect(corpus.size).toBe(1);
  });
});

describe('display', () => {
  it('marks changed words only, not width or punctuation, and gives each passage back as typed', async () => {
    const { passageDiff } = await import('../../../shared/similar/display');
    const a = '当社は1988年に創業した工務店で、市内を中心に手がけている。';
    const b = '当社は１９８８年に創業した住宅会社で，市内を中心に 手がけている．';
    const { before, after } = passageDiff(a, b);
    expect(before.map((s) => s.text).join('')).toBe(a);
    expect(after.map((s) => s.text).join('')).toBe(b);
    expect(before.filter((s) => s.changed).map((s) => s.text)).toEqual(['工務店']);
    expect(after.filter((s) => s.changed).map((s) => s.text)).toEqual(['住宅会社']);
  });
});
