// Declarations for the untyped modules this package imports. natural's stemmers are
// imported one file at a time: its main entry loads database clients and logs.

declare module "stopword/dist/stopword.esm.mjs" {
  export const eng: string[];
  export const fra: string[];
  export const spa: string[];
  export const por: string[];
  export const porBr: string[];
  export const ita: string[];
  export const deu: string[];
  export const nld: string[];
  export const rus: string[];
  export const swe: string[];
  export const nob: string[];
  export const fas: string[];
  export const ukr: string[];
}

declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_fr.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_es.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_pt.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_it.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_de.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_nl.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_ru.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_sv.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_no.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_fa.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_uk.js" {
  const stemmer: { stem(token: string): string };
  export = stemmer;
}
