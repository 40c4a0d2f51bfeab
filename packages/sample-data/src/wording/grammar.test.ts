import { describe, expect, it } from "vitest";
import { countWords, formatNumber, polish } from "./grammar.js";

describe("polish", () => {
  it("contracts and elides French articles and prepositions", () => {
    expect(polish("fr", "nous formerons de les jeunes à le métier de électricien")).toBe(
      "Nous formerons des jeunes au métier d'électricien",
    );
    expect(polish("fr", "à les employeurs de le secteur, que il aime")).toBe("Aux employeurs du secteur, qu'il aime");
    expect(polish("fr", "si il faut ; voilà")).toBe("S'il faut ; voilà");
  });

  it("leaves French h, y and word endings alone", () => {
    expect(polish("fr", "réseau de Yamoussoukro, de huit villes")).toBe("Réseau de Yamoussoukro, de huit villes");
    expect(polish("fr", "il précède de ouvriers")).toBe("Il précède d'ouvriers");
  });

  it("contracts Spanish and Portuguese articles", () => {
    expect(polish("es", "el sector de el turismo a el final")).toBe("El sector del turismo al final");
    expect(polish("es", "agricultura y industria, siete o ocho")).toBe("Agricultura e industria, siete u ocho");
    expect(polish("pt", "em o setor de as energias, a os jovens e a as mulheres. em a cidade")).toBe(
      "No setor das energias, aos jovens e às mulheres. Na cidade",
    );
  });

  it("uses 'an' before English vowel sounds, not before 'eu' or 'u'", () => {
    expect(polish("en", "a apprenticeship of a 8-month length for a European and a university")).toBe(
      "An apprenticeship of an 8-month length for a European and a university",
    );
  });

  it("capitalises each sentence and tidies spaces", () => {
    expect(polish("en", "  first  sentence . second one")).toBe("First sentence. Second one");
  });
});

describe("formatNumber", () => {
  it("uses each language's thousands separator", () => {
    expect(formatNumber("en", 1850)).toBe("1,850");
    expect(formatNumber("fr", 1850)).toBe("1 850");
    expect(formatNumber("es", 1850)).toBe("1850");
    expect(formatNumber("es", 18500)).toBe("18.500");
    expect(formatNumber("pt", 250)).toBe("250");
  });
});

describe("countWords", () => {
  it("counts runs of non-space characters", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  one two\nthree  ")).toBe(3);
  });
});
