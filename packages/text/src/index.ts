export type * from "./types.js";
export { analyze, analyzeDefaults, analyzerInfo, forEachTerm, type TermVisitor } from "./analyze.js";
export { buildIndex, buildTfIdfIndex } from "./build-index.js";
export { DisplayForms } from "./display-forms.js";
export { foldForMatching } from "./fold.js";
export { SUPPORTED_LANGUAGES, normalizeLanguage } from "./languages.js";
export { defaults, MIN_DOCUMENT_FREQUENCY_FROM } from "./options.js";
export { TfIdfIndex, type IndexData } from "./similarity-index.js";
export { cosine, dot, explain, forEachSharedTerm, type Explanation } from "./sparse.js";
export { STEM_EXCEPTIONS } from "./stemmers.js";
export { tokenize, forEachToken, stripElisions, type Token, type TokenJoin, type TokenVisitor } from "./tokenize.js";
export {
  createScratch,
  searchTopK,
  topKRange,
  SearchScratch,
  type CsrMatrix,
  type RangeResult,
  type SearchArrays,
  type SearchRequest,
} from "./topk.js";
export { TopKHeap } from "./heap.js";
export { Vocabulary } from "./vocabulary.js";
export { smoothIdf, sublinearTf, tfIdfVector, type CountedVector } from "./weighting.js";
