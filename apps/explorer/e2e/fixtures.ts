/**
 * Small input files written by the tests: a CSV with known bad rows, one with
 * a hostile title, and a broken JSON file. Rows are numbered as a spreadsheet
 * shows them (header = row 1).
 */
const HEADER = "id,title,organization,organization_type,country,languages,categories,beneficiaries,description";

const THEME =
  "Apprenticeships in agriculture teach rural youth irrigation, crop farming and agribusiness with local cooperatives and farmers.";
const OTHER_THEME =
  "Online bootcamps teach young women coding, web development and software testing with mentors from digital companies.";

function row(cells: string[]): string {
  return cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",");
}

/**
 * Row 3 has no title, row 4 repeats the id of row 2, row 5 names a country
 * that does not exist. Rows 2, 6, 7, 8 are clean.
 */
export const badRowsCsv = [
  HEADER,
  row(["BR-1", "Farm apprenticeships for rural youth", "Farm Skills Trust", "NGO", "Kenya", "en", "Work-based learning", "Youth", THEME]),
  row(["BR-2", "", "Nameless Org", "NGO", "Uganda", "en", "Work-based learning", "Youth", THEME]),
  row(["BR-1", "Irrigation skills for young farmers", "Green Valley College", "TVET institution", "Uganda", "en", "Work-based learning", "Youth", THEME]),
  row(["BR-4", "Cooperative farming apprenticeships", "Coop Training Centre", "NGO", "Atlantis", "en", "Work-based learning", "Rural communities", THEME]),
  row(["BR-5", "Coding bootcamp for women", "Code Sisters", "NGO", "India", "en", "Training delivery and assessment", "Women", OTHER_THEME]),
  row(["BR-6", "Software academy for young women", "Tech Her Future", "Start-up", "Bangladesh", "en", "Training delivery and assessment", "Women", OTHER_THEME]),
  row(["BR-7", "Agribusiness apprenticeships with farmers", "Rural Futures", "NGO", "Tanzania", "en", "Work-based learning", "Youth", THEME]),
].join("\n");

export const HOSTILE_TITLE = "<img src=x onerror=alert(1)>";

/** Three proposals; the second is titled with an HTML injection attempt. */
export const hostileCsv = [
  HEADER,
  row(["XS-1", "Farm apprenticeships for rural youth", "Farm Skills Trust", "NGO", "Kenya", "en", "Work-based learning", "Youth", THEME]),
  row(["XS-2", HOSTILE_TITLE, "Script Kiddies Ltd", "Private company", "Ghana", "en", "Work-based learning", "Youth", THEME]),
  row(["XS-3", "Agribusiness apprenticeships with farmers", "Rural Futures", "NGO", "Tanzania", "en", "Work-based learning", "Youth", THEME]),
].join("\n");

/** Cut off in the middle of an object: not JSON at all. */
export const brokenJson = '[{"id": "J-1", "title": "Half a record", "country": ';
