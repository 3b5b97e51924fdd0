/** Plans that read alike: see README.md. */
export { normalizeText, originalSpan, type Normalized } from './normalize';
export { fingerprint, shingleHashes, winnow, SHINGLE_CHARS, WINDOW, GUARANTEE_CHARS } from './fingerprint';
export { SimilarCorpus } from './corpus';
export { applicationDoc, contentFields, exampleSources, EXAMPLE_FIELD, type ExampleSource } from './sources';
export { diceSimilarity } from './passages';
export * from './thresholds';
export type { PassageMatch, PassageSide, SimilarDoc, SimilarDocKind, SimilarField } from './types';
