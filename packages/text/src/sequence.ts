/**
 * How `CorpusScanner` keeps a document: a sequence of integers, one per content
 * word occurrence, `item * 4 + link`. The item is the analysed written word
 * (term, form shown); link is 0, or PHRASE_SPACE / PHRASE_HYPHEN when the word
 * makes a two-word phrase with the one before it. BOOSTED says that the entries
 * after it (the keywords) count `keywordBoost` times.
 */
export const PHRASE_SPACE = 1;
export const PHRASE_HYPHEN = 2;
export const BOOSTED = -1;
