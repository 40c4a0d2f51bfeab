import { SAMPLE_COUNTRIES } from "/work/main/packages/sample-data/src/countries.ts";
import c from "i18n-iso-countries";
import { createRequire } from "node:module";
const require = createRequire("/work/main/packages/sample-data/x.js");
for (const l of ["en","fr","es"]) c.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
console.log("n", SAMPLE_COUNTRIES.length);
const codes = new Set<string>();
for (const k of SAMPLE_COUNTRIES) {
  const r = ["en","fr","es"].map(l => c.getAlpha2Code(k.name, l)).filter(Boolean);
  if (!r.length || r.some(x => x !== k.code)) console.log("BAD", k.name, r);
  if (codes.has(k.code)) console.log("dup", k.code); codes.add(k.code);
}
const W = SAMPLE_COUNTRIES.reduce((s,k)=>s+k.weight,0);
const share: Record<string,number> = {};
for (const k of SAMPLE_COUNTRIES) {
  const n = 1 + 377*k.weight/W;
  share[k.language] = (share[k.language]??0) + n*(1-k.english);
  share.en = (share.en??0) + n*k.english;
}
for (const k in share) console.log(k, (share[k]/473*100).toFixed(1));
