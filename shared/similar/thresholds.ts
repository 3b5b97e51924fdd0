/**
 * When two texts "read alike". The もの補助 公募要領 refuses plans 「同一又は類似」 to another firm's; a
 * passage is flagged when all of these hold. Lengths are in normalised characters (letters and
 * numbers only: 「、」「。」 and spaces do not count).
 */

/**
 * Shortest passage flagged: about one and a half sentences of a plan. Shorter shared runs are the
 * stock phrases every plan uses (「補助事業終了後も継続して」「当社の強みは」, a 制度名, a 市区町村名 with
 * an address) — not a copied plan.
 */
export const MIN_PASSAGE_CHARS = 50;

/** A passage needs this many shared fingerprints (≈ 1 per 7 characters): one or two can be chance. */
export const MIN_SHARED_FINGERPRINTS = 3;

/**
 * Shared fingerprints closer than this on both sides belong to one passage. Covers a changed word or
 * phrase (a gap in the fingerprints up to ~40 characters) and two short sentences in swapped order.
 */
export const MERGE_GAP = 60;

/**
 * The two passages must share at least this share of their character 4-grams (Dice). A copy "made
 * one's own" with a few words changed keeps 70–90%; two sentences that only share a frame
 * (「…までに…の準備を終え、…から…を販売する」) with different particulars stay at 50–60%.
 */
export const MIN_SIMILARITY = 0.6;

/**
 * Boilerplate: a fingerprint found in the applications of more than
 * max(BOILERPLATE_MIN_CLIENTS, BOILERPLATE_SHARE × clients) clients is text "every plan shares" (定型文
 * from the 公募要領 or a chamber's handout), not one firm's plan, and is not evidence of copying.
 * The floor keeps a small chamber's forty copies of one example visible; the share scales it to a
 * large database. Template examples never count towards it.
 */
export const BOILERPLATE_MIN_CLIENTS = 20;
export const BOILERPLATE_SHARE = 0.1;

/** At most this many other documents are examined closely per query (the ones sharing most fingerprints). */
export const MAX_CANDIDATES = 200;

/** At most this many passages are reported per application (the strongest first). */
export const MAX_MATCHES = 50;
