/** One of natural's stemmer objects (its other methods are not used). */
export interface NaturalStemmer {
  stem(token: string): string;
}

/** natural's Porter (Snowball) stemmers by ISO 639-1 code (`en` is its Porter stemmer). */
export type NaturalStemmers = Readonly<Record<"en" | "de" | "es" | "fa" | "fr" | "it" | "nl" | "no" | "pt" | "ru" | "sv" | "uk", NaturalStemmer>>;
