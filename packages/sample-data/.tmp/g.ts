import { polish } from "../src/wording/grammar.ts";
console.log(polish("fr", "nous formerons de les jeunes à le métier de électricien que il aime, précède de ouvriers ; si il faut. de huit"));
console.log(polish("en", "a apprenticeship for a 8-month period, a university, a European, workers' organization . a 18 month"));
console.log(polish("es", "el sector de el turismo a el final, verde el"));
console.log(polish("pt", "em o setor de as energias, a os jovens. em a cidade"));
