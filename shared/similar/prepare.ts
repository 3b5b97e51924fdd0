import { fingerprint } from './fingerprint';
import { normalizeText, type Normalized } from './normalize';
import { MIN_PASSAGE_CHARS } from './thresholds';
import type { SimilarDoc, SimilarField } from './types';

/**
 * Gap between fields in a document's positions: larger than any merge distance, so a passage never
 * spans two fields, and positions alone tell which field a fingerprint is in.
 */
export const FIELD_SEPARATION = 10_000;

export interface PreparedField {
  /** Index in the document's `fields`. */
  index: number;
  field: SimilarField;
  norm: Normalized;
  /** Position of the field's first normalised character in the document's positions. */
  offset: number;
}

export interface PreparedDoc {
  doc: SimilarDoc;
  fields: PreparedField[];
}

/** Normalises the fields long enough to hold a passage and places them one after another. */
export function prepareDoc(doc: SimilarDoc): PreparedDoc {
  const fields: PreparedField[] = [];
  let offset = 0;
  for (const [index, field] of doc.fields.entries()) {
    const norm = normalizeText(field.text);
    if (norm.text.length < MIN_PASSAGE_CHARS) continue;
    fields.push({ index, field, norm, offset });
    offset += norm.text.length + FIELD_SEPARATION;
  }
  return { doc, fields };
}

/** Fingerprints of every field, at document positions. */
export function docFingerprints(p: PreparedDoc): { hashes: Uint32Array; positions: Uint32Array } {
  const parts = p.fields.map((f) => ({ fp: fingerprint(f.norm.text), offset: f.offset }));
  const n = parts.reduce((a, x) => a + x.fp.hashes.length, 0);
  const hashes = new Uint32Array(n);
  const positions = new Uint32Array(n);
  let i = 0;
  for (const { fp, offset } of parts) {
    hashes.set(fp.hashes, i);
    for (let j = 0; j < fp.positions.length; j++) positions[i + j] = fp.positions[j]! + offset;
    i += fp.hashes.length;
  }
  return { hashes, positions };
}

/** The field holding a document position (fields are in offset order). */
export function fieldAt(p: PreparedDoc, pos: number): PreparedField | undefined {
  let found: PreparedField | undefined;
  for (const f of p.fields) {
    if (f.offset > pos) break;
    found = f;
  }
  return found && pos < found.offset + found.norm.text.length ? found : undefined;
}

/** Where each indexed field lies in a document's positions: [index, offset, length] triples. */
export function layoutOf(p: PreparedDoc): Uint32Array {
  const out = new Uint32Array(p.fields.length * 3);
  p.fields.forEach((f, i) => out.set([f.index, f.offset, f.norm.text.length], i * 3));
  return out;
}

/**
 * The field of `doc` holding a position, per the layout recorded when it was indexed; undefined when
 * the document no longer matches it.
 */
export function fieldByLayout(doc: SimilarDoc, layout: Uint32Array, pos: number): PreparedField | undefined {
  for (let i = 0; i < layout.length; i += 3) {
    const offset = layout[i + 1]!;
    const length = layout[i + 2]!;
    if (pos < offset || pos >= offset + length) continue;
    const field = doc.fields[layout[i]!];
    if (!field) return undefined;
    const norm = normalizeText(field.text);
    return norm.text.length === length ? { index: layout[i]!, field, norm, offset } : undefined;
  }
  return undefined;
}
