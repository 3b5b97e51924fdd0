import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, utf8 } from '../../../shared/review/sha256';

describe('sha256Hex: FIPS 180-4 / NIST known vectors', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['The quick brown fox jumps over the lazy dog', 'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592'],
  ])('%j', (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });

  it('one million "a" (NIST long message)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('padding boundaries: 55, 56, 64 bytes', () => {
    expect(sha256Hex('a'.repeat(55))).toBe('9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318');
    expect(sha256Hex('a'.repeat(56))).toBe('b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a');
    expect(sha256Hex('a'.repeat(64))).toBe('ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb');
  });

  it('hashes the UTF-8 encoding (Japanese, 𠮷, emoji)', () => {
    expect(Array.from(utf8('あ𠮷'))).toEqual([0xe3, 0x81, 0x82, 0xf0, 0xa0, 0xae, 0xb7]);
    // Reference value from Node's crypto (sha256 of the UTF-8 bytes).
    expect(sha256Hex('当社は𠮷👨‍👩‍👧')).toBe('6e15b7c5d961d6af8619a3a666713f17594f6eeee137928fa8595bcbf9ddf352');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, u: undefined })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
  });
  it('equals JSON.stringify for key-sorted data, so a JSON round trip hashes the same', () => {
    const v = { a: 1.5, b: ['あ', { c: -0, d: 1e21 }] };
    expect(canonicalJson(JSON.parse(JSON.stringify(v)))).toBe(canonicalJson(v));
  });
});
