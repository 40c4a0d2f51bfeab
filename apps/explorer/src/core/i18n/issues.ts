/**
 * The import report in the interface language: each issue is worded from its
 * code and params (English comes with the issue itself). Typing the tables as
 * `IssueMessages` makes the compiler flag a code left untranslated.
 */
import type { ImportIssue, IssueMessages, ValueKind } from "@skills-network/core";
import type { UiLanguage } from "../state/types.js";

const KIND_FR: Record<ValueKind, string> = {
  null: "null",
  array: "un tableau",
  object: "un objet",
  string: "un texte",
  number: "un nombre",
  bigint: "un nombre",
  boolean: "un booléen",
  symbol: "un symbole",
  undefined: "rien",
  function: "une fonction",
};

const KIND_ES: Record<ValueKind, string> = {
  null: "null",
  array: "una lista",
  object: "un objeto",
  string: "un texto",
  number: "un número",
  bigint: "un número",
  boolean: "un booleano",
  symbol: "un símbolo",
  undefined: "nada",
  function: "una función",
};

const fr: IssueMessages = {
  "empty-file": () => "le fichier est vide",
  "invalid-json": (p) => `JSON invalide : ${p.reason}`,
  "invalid-json-at": (p) => `JSON invalide ligne ${p.line}, colonne ${p.column} : ${p.reason}`,
  "no-record-list": (p) =>
    `attendu : une liste d’enregistrements, un objet avec une liste « proposals » ou un blueprint Kumu avec « elements » ; trouvé ${KIND_FR[p.found]}`,
  "no-title-column": (p) => `aucune colonne de titre ou d’identifiant. Colonnes trouvées : ${p.columns} ; attendu une colonne nommée comme ${p.expected}`,
  "no-columns": (p) => `aucune colonne trouvée ; attendu une colonne de titre ou d’identifiant nommée comme ${p.expected}`,
  "text-format-got-spreadsheet": (p) => `le format « ${p.format} » attend du texte, mais le fichier est un classeur`,
  "text-format-got-value": (p) => `le format « ${p.format} » attend du texte, mais l’entrée est une valeur déjà lue`,
  "not-a-zip": () => "attendu un classeur (.xlsx), mais le fichier n’est pas un zip",
  "unreadable-workbook": (p) => `classeur illisible (${p.reason}) ; enregistrez-le en .xlsx ou .csv`,
  "no-sheets": () => "le classeur n’a aucune feuille",
  "all-sheets-ignored": (p) => `toutes les feuilles sont marquées « (ignore) » : ${p.sheets}`,
  "empty-first-sheet": () => "la première feuille est vide",
  "no-kumu-elements-sheet": (p) => `aucune feuille d’éléments Kumu (« Label » en A1) parmi : ${p.sheets}`,
  "not-a-kumu-blueprint": () => "attendu un blueprint Kumu : un objet avec une liste « elements »",
  "no-records": () => "le fichier ne contient aucun enregistrement",
  "malformed-quotes": (p) => `guillemets mal formés (${p.reason}) ; fermez le guillemet ou doublez les guillemets dans les valeurs`,
  "too-many-cells": (p) => `la ligne a ${p.cells} cellules mais l’en-tête ${p.columns} colonnes ; mettez entre guillemets les valeurs qui contiennent le séparateur`,
  "not-an-object": (p) => `l’enregistrement n’est pas un objet (trouvé ${KIND_FR[p.found]})`,
  "missing-title-and-id": () => "ni titre ni identifiant : donnez un titre à la proposition",
  "missing-title": (p) => `titre manquant ; l’identifiant « ${p.id} » sert de titre`,
  "no-text": (p) => `aucun texte : donnez une description, des objectifs, un impact, des résultats ou des mots-clés (ou un titre d’au moins ${p.minTitleWords} mots)`,
  "only-title": () => "ni description, ni objectifs, ni impact, ni résultats, ni mots-clés : seul le titre décrit cette proposition",
  "duplicate-id": (p) => `identifiant « ${p.id} » en double, vu d’abord ligne ${p.firstRow}`,
  "duplicate-title": (p) => `même titre que la ligne ${p.firstRow} ; identifiant dérivé « ${p.id} »`,
  "missing-id": (p) => `identifiant manquant ; « ${p.id} » dérivé du titre`,
  "several-countries": (p) => `un seul pays par proposition : « ${p.kept} » gardé, ignoré : ${p.ignored}`,
  "unknown-country": (p) => `pays inconnu « ${p.value} » ; donnez son nom en français, anglais ou espagnol, ou son code ISO`,
  "unknown-language": (p) => `langue inconnue « ${p.value} » ; ignorée (donnez un nom comme « français » ou un code ISO comme « fr »)`,
  "unknown-organization-type": (p) => `type d’organisation inconnu « ${p.value} » ; gardé tel quel`,
  "unknown-category": (p) => `catégorie inconnue « ${p.value} » ; gardée telle quelle`,
  "unknown-beneficiary": (p) => `groupe de bénéficiaires inconnu « ${p.value} » ; gardé tel quel`,
  "invalid-year": (p) => `l’année doit être un nombre entier de ${p.min} à ${p.max} ; reçu « ${p.value} »`,
  "invalid-url": (p) => `pas une adresse web (http ou https) : « ${p.value} »`,
  "element-not-an-object": (p) => `élément ignoré : ce n’est pas un objet (trouvé ${KIND_FR[p.found]})`,
  "connection-not-an-object": (p) => `la connexion ${p.connection} n’est pas un objet avec « from » et « to » ; ignorée`,
  "connection-to-unknown-element": (p) => `la connexion ${p.connection} renvoie à un élément inconnu « ${p.reference} » ; ignorée`,
  "sheet-connection-to-unknown-element": (p) => `feuille « ${p.sheet} », ligne ${p.row} : élément inconnu « ${p.reference} » ; ignorée`,
  "several-organizations-connected": (p) => `reliée à plusieurs organisations ; « ${p.kept} » gardée, « ${p.ignored} » ignorée`,
  "several-countries-connected": (p) => `reliée à plusieurs pays ; « ${p.kept} » gardé, « ${p.ignored} » ignoré`,
  "untyped-element": (p) => `élément sans type ignoré (« ${p.label} »)`,
  "ignored-element-type": (p) => `élément de type ${p.type} ignoré (« ${p.label} »)`,
  "unconnected-organization": (p) => `l’organisation « ${p.label} » n’est reliée à aucune proposition`,
  "unconnected-country": (p) => `le pays « ${p.label} » n’est relié à aucune proposition`,
  "unconnected-category": (p) => `la catégorie « ${p.label} » n’est reliée à aucune proposition`,
  "unconnected-beneficiary": (p) => `le groupe de bénéficiaires « ${p.label} » n’est relié à aucune proposition`,
};

const es: IssueMessages = {
  "empty-file": () => "el archivo está vacío",
  "invalid-json": (p) => `JSON no válido: ${p.reason}`,
  "invalid-json-at": (p) => `JSON no válido en la línea ${p.line}, columna ${p.column}: ${p.reason}`,
  "no-record-list": (p) =>
    `se esperaba una lista de registros, un objeto con una lista "proposals" o un blueprint de Kumu con "elements"; se encontró ${KIND_ES[p.found]}`,
  "no-title-column": (p) => `no hay columna de título ni de identificador. Columnas encontradas: ${p.columns}; se esperaba una columna llamada como ${p.expected}`,
  "no-columns": (p) => `no se encontró ninguna columna; se esperaba una columna de título o identificador llamada como ${p.expected}`,
  "text-format-got-spreadsheet": (p) => `el formato "${p.format}" necesita texto, pero el archivo es una hoja de cálculo`,
  "text-format-got-value": (p) => `el formato "${p.format}" necesita texto, pero la entrada es un valor ya leído`,
  "not-a-zip": () => "se esperaba una hoja de cálculo (.xlsx), pero el archivo no es un zip",
  "unreadable-workbook": (p) => `libro ilegible (${p.reason}); guárdelo como .xlsx o .csv`,
  "no-sheets": () => "el libro no tiene hojas",
  "all-sheets-ignored": (p) => `todas las hojas están marcadas "(ignore)": ${p.sheets}`,
  "empty-first-sheet": () => "la primera hoja está vacía",
  "no-kumu-elements-sheet": (p) => `no hay hoja de elementos de Kumu ("Label" en A1) entre: ${p.sheets}`,
  "not-a-kumu-blueprint": () => 'se esperaba un blueprint de Kumu: un objeto con una lista "elements"',
  "no-records": () => "el archivo no tiene registros",
  "malformed-quotes": (p) => `comillas mal formadas (${p.reason}); cierre la comilla o duplique las comillas dentro de los valores`,
  "too-many-cells": (p) => `la fila tiene ${p.cells} celdas pero el encabezado ${p.columns} columnas; ponga entre comillas los valores que contienen el separador`,
  "not-an-object": (p) => `el registro no es un objeto (se encontró ${KIND_ES[p.found]})`,
  "missing-title-and-id": () => "sin título ni identificador: dé un título a la propuesta",
  "missing-title": (p) => `falta el título; se usa el identificador "${p.id}" como título`,
  "no-text": (p) => `sin texto: dé una descripción, objetivos, impacto, resultados o palabras clave (o un título de ${p.minTitleWords} palabras o más)`,
  "only-title": () => "sin descripción, objetivos, impacto, resultados ni palabras clave: solo el título describe esta propuesta",
  "duplicate-id": (p) => `identificador "${p.id}" repetido, visto primero en la fila ${p.firstRow}`,
  "duplicate-title": (p) => `mismo título que la fila ${p.firstRow}; identificador derivado "${p.id}"`,
  "missing-id": (p) => `falta el identificador; "${p.id}" derivado del título`,
  "several-countries": (p) => `un país por propuesta: se conservó "${p.kept}", se ignoró ${p.ignored}`,
  "unknown-country": (p) => `país desconocido "${p.value}"; indique su nombre en español, inglés o francés, o su código ISO`,
  "unknown-language": (p) => `idioma desconocido "${p.value}"; ignorado (indique un nombre como "francés" o un código ISO como "fr")`,
  "unknown-organization-type": (p) => `tipo de organización desconocido "${p.value}"; se conserva tal cual`,
  "unknown-category": (p) => `categoría desconocida "${p.value}"; se conserva tal cual`,
  "unknown-beneficiary": (p) => `grupo de beneficiarios desconocido "${p.value}"; se conserva tal cual`,
  "invalid-year": (p) => `el año debe ser un número entero de ${p.min} a ${p.max}; se recibió "${p.value}"`,
  "invalid-url": (p) => `no es una dirección web (http o https): "${p.value}"`,
  "element-not-an-object": (p) => `elemento ignorado: no es un objeto (se encontró ${KIND_ES[p.found]})`,
  "connection-not-an-object": (p) => `la conexión ${p.connection} no es un objeto con "from" y "to"; ignorada`,
  "connection-to-unknown-element": (p) => `la conexión ${p.connection} remite a un elemento desconocido "${p.reference}"; ignorada`,
  "sheet-connection-to-unknown-element": (p) => `hoja "${p.sheet}", fila ${p.row}: elemento desconocido "${p.reference}"; ignorada`,
  "several-organizations-connected": (p) => `conectada a varias organizaciones; se conservó "${p.kept}", se ignoró "${p.ignored}"`,
  "several-countries-connected": (p) => `conectada a varios países; se conservó "${p.kept}", se ignoró "${p.ignored}"`,
  "untyped-element": (p) => `elemento sin tipo ignorado ("${p.label}")`,
  "ignored-element-type": (p) => `elemento de tipo ${p.type} ignorado ("${p.label}")`,
  "unconnected-organization": (p) => `la organización "${p.label}" no está conectada a ninguna propuesta`,
  "unconnected-country": (p) => `el país "${p.label}" no está conectado a ninguna propuesta`,
  "unconnected-category": (p) => `la categoría "${p.label}" no está conectada a ninguna propuesta`,
  "unconnected-beneficiary": (p) => `el grupo de beneficiarios "${p.label}" no está conectado a ninguna propuesta`,
};

const TABLES: Partial<Record<UiLanguage, IssueMessages>> = { fr, es };

/**
 * An import issue worded in the interface language. English, an unknown code
 * (a report from a newer library) or a wording that fails falls back to the
 * issue's own English message, so a report always says something.
 */
export function issueText(language: UiLanguage, issue: Pick<ImportIssue, "code" | "params" | "message">): string {
  const table = TABLES[language];
  const wording = table !== undefined && Object.hasOwn(table, issue.code) ? table[issue.code] : undefined;
  if (wording === undefined) return issue.message;
  try {
    return (wording as (params: unknown) => string)(issue.params);
  } catch {
    return issue.message;
  }
}
