/**
 * Countries of the sample, weighted like the call's applications (many from
 * Africa, Latin America and Asia-Pacific, some from Europe and the Arab States).
 *
 * `name` is written as an applicant writing in the country's main language
 * would write it; every name resolves with i18n-iso-countries in English,
 * French or Spanish (Portuguese names that do not are written in English).
 */
import type { SampleLanguage } from "./types.js";

export interface SampleCountry {
  /** ISO 3166-1 alpha-2, to check the names resolve to the intended country. */
  code: string;
  /** Value of the country column. */
  name: string;
  /** Main language of applicants from this country. */
  language: SampleLanguage;
  /** Share of this country's proposals written in English instead. */
  english: number;
  /** Relative number of proposals. */
  weight: number;
  cities: readonly string[];
  /** "In <country>" in the main language, when it is not just "in"/"en"/"em" + name. */
  inLocal?: string;
  /** "In <country>" in English, when it is not "in " + name. */
  inEnglish?: string;
}

type Row = [code: string, name: string, language: SampleLanguage, english: number, weight: number, cities: string[], inLocal?: string, inEnglish?: string];

// prettier-ignore
const ROWS: Row[] = [
  // Africa, English
  ["NG", "Nigeria", "en", 1, 16, ["Lagos", "Ibadan", "Kano", "Enugu"]],
  ["KE", "Kenya", "en", 1, 15, ["Nairobi", "Kisumu", "Mombasa", "Nakuru"]],
  ["GH", "Ghana", "en", 1, 10, ["Accra", "Kumasi", "Tamale"]],
  ["UG", "Uganda", "en", 1, 9, ["Kampala", "Gulu", "Mbarara"]],
  ["ZA", "South Africa", "en", 1, 9, ["Johannesburg", "Durban", "Pretoria"]],
  ["ET", "Ethiopia", "en", 1, 7, ["Addis Ababa", "Hawassa", "Bahir Dar"]],
  ["TZ", "Tanzania", "en", 1, 7, ["Dar es Salaam", "Arusha", "Mwanza"]],
  ["ZM", "Zambia", "en", 1, 4, ["Lusaka", "Ndola", "Kitwe"]],
  ["ZW", "Zimbabwe", "en", 1, 5, ["Harare", "Bulawayo", "Mutare"]],
  ["MW", "Malawi", "en", 1, 4, ["Lilongwe", "Blantyre", "Mzuzu"]],
  ["RW", "Rwanda", "en", 1, 4, ["Kigali", "Huye", "Musanze"]],
  ["SL", "Sierra Leone", "en", 1, 3, ["Freetown", "Bo", "Kenema"]],
  ["LR", "Liberia", "en", 1, 2, ["Monrovia", "Gbarnga"]],
  ["GM", "Gambia", "en", 1, 2, ["Banjul", "Serekunda"], undefined, "in the Gambia"],
  ["BW", "Botswana", "en", 1, 2, ["Gaborone", "Francistown"]],
  ["NA", "Namibia", "en", 1, 2, ["Windhoek", "Oshakati"]],
  ["LS", "Lesotho", "en", 1, 1, ["Maseru", "Leribe"]],
  ["SZ", "Eswatini", "en", 1, 1, ["Mbabane", "Manzini"]],
  ["SS", "South Sudan", "en", 1, 2, ["Juba", "Wau"]],
  ["SO", "Somalia", "en", 1, 2, ["Mogadishu", "Hargeisa"]],
  ["EG", "Egypt", "en", 1, 5, ["Cairo", "Alexandria", "Assiut"]],
  ["MU", "Mauritius", "en", 1, 1, ["Port Louis", "Curepipe"]],
  // Africa, French
  ["SN", "Sénégal", "fr", 0.15, 8, ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor"], "au Sénégal"],
  ["CI", "Côte d'Ivoire", "fr", 0.1, 7, ["Abidjan", "Bouaké", "Yamoussoukro"], "en Côte d'Ivoire"],
  ["CM", "Cameroun", "fr", 0.35, 7, ["Douala", "Yaoundé", "Bamenda", "Garoua"], "au Cameroun"],
  ["ML", "Mali", "fr", 0.05, 4, ["Bamako", "Sikasso", "Ségou"], "au Mali"],
  ["BF", "Burkina Faso", "fr", 0.05, 4, ["Ouagadougou", "Bobo-Dioulasso", "Koudougou"], "au Burkina Faso"],
  ["NE", "Niger", "fr", 0, 2, ["Niamey", "Zinder", "Maradi"], "au Niger"],
  ["BJ", "Bénin", "fr", 0.05, 4, ["Cotonou", "Porto-Novo", "Parakou"], "au Bénin"],
  ["TG", "Togo", "fr", 0.05, 4, ["Lomé", "Kara", "Sokodé"], "au Togo"],
  ["GN", "Guinée", "fr", 0, 3, ["Conakry", "Kankan", "Labé"], "en Guinée"],
  ["CD", "République démocratique du Congo", "fr", 0.1, 4, ["Kinshasa", "Lubumbashi", "Goma", "Bukavu"], "en République démocratique du Congo", "in the Democratic Republic of the Congo"],
  ["MG", "Madagascar", "fr", 0.1, 3, ["Antananarivo", "Toamasina", "Fianarantsoa"], "à Madagascar"],
  ["TD", "Tchad", "fr", 0, 2, ["N'Djamena", "Moundou"], "au Tchad"],
  ["MA", "Maroc", "fr", 0.15, 5, ["Casablanca", "Rabat", "Marrakech", "Fès", "Tanger"], "au Maroc"],
  ["TN", "Tunisie", "fr", 0.2, 4, ["Tunis", "Sfax", "Sousse"], "en Tunisie"],
  ["DZ", "Algérie", "fr", 0, 2, ["Oran", "Constantine", "Annaba"], "en Algérie"],
  ["MR", "Mauritanie", "fr", 0, 1, ["Nouakchott", "Nouadhibou"], "en Mauritanie"],
  ["BI", "Burundi", "fr", 0.1, 2, ["Bujumbura", "Gitega"], "au Burundi"],
  ["GA", "Gabon", "fr", 0, 1, ["Libreville", "Port-Gentil"], "au Gabon"],
  ["DJ", "Djibouti", "fr", 0, 1, ["Tadjourah", "Ali Sabieh"], "à Djibouti"],
  ["CF", "République centrafricaine", "fr", 0, 1, ["Bangui", "Berbérati"], "en République centrafricaine", "in the Central African Republic"],
  // Africa, Portuguese
  ["MZ", "Mozambique", "pt", 0.2, 3, ["Maputo", "Nampula", "Quelimane"], "em Moçambique"],
  ["AO", "Angola", "pt", 0.1, 2, ["Luanda", "Benguela", "Lobito"], "em Angola"],
  ["CV", "Cabo Verde", "pt", 0, 1, ["Assomada", "Espargos"], "em Cabo Verde"],
  ["GW", "Guinea-Bissau", "pt", 0, 1, ["Bissau", "Bafatá"], "na Guiné-Bissau"],
  // Americas, Spanish
  ["MX", "México", "es", 0.05, 8, ["Monterrey", "Guadalajara", "Oaxaca", "Puebla"]],
  ["CO", "Colombia", "es", 0.05, 9, ["Bogotá", "Medellín", "Cali", "Popayán", "Barranquilla"]],
  ["PE", "Perú", "es", 0.05, 6, ["Lima", "Arequipa", "Cusco", "Trujillo"]],
  ["AR", "Argentina", "es", 0.05, 5, ["Córdoba", "Rosario", "Mendoza"]],
  ["CL", "Chile", "es", 0.05, 4, ["Santiago", "Valparaíso", "Concepción"]],
  ["EC", "Ecuador", "es", 0, 4, ["Quito", "Guayaquil", "Cuenca"]],
  ["GT", "Guatemala", "es", 0, 3, ["Quetzaltenango", "Escuintla", "Cobán"]],
  ["HN", "Honduras", "es", 0, 2, ["Tegucigalpa", "San Pedro Sula"]],
  ["SV", "El Salvador", "es", 0, 2, ["San Salvador", "Santa Ana"]],
  ["NI", "Nicaragua", "es", 0, 1, ["Managua", "León"]],
  ["CR", "Costa Rica", "es", 0.1, 3, ["San José", "Alajuela", "Limón"]],
  ["PA", "Panamá", "es", 0.1, 2, ["Colón", "David"]],
  ["BO", "Bolivia", "es", 0, 3, ["Cochabamba", "Santa Cruz", "El Alto"]],
  ["PY", "Paraguay", "es", 0, 2, ["Asunción", "Encarnación"]],
  ["UY", "Uruguay", "es", 0, 2, ["Montevideo", "Salto"]],
  ["DO", "República Dominicana", "es", 0, 2, ["Santo Domingo", "Santiago de los Caballeros"], undefined, "in the Dominican Republic"],
  ["CU", "Cuba", "es", 0, 1, ["Santiago de Cuba", "Camagüey"]],
  ["ES", "España", "es", 0.1, 3, ["Madrid", "Sevilla", "Valencia", "Bilbao"]],
  // Americas, other languages
  ["BR", "Brasil", "pt", 0.3, 5, ["Recife", "Salvador", "Belo Horizonte", "Fortaleza"], "no Brasil"],
  ["HT", "Haïti", "fr", 0.05, 2, ["Port-au-Prince", "Cap-Haïtien", "Jacmel"], "en Haïti"],
  ["JM", "Jamaica", "en", 1, 2, ["Kingston", "Montego Bay"]],
  ["TT", "Trinidad and Tobago", "en", 1, 1, ["Port of Spain", "San Fernando"]],
  ["GY", "Guyana", "en", 1, 1, ["Georgetown", "Linden"]],
  ["CA", "Canada", "en", 1, 2, ["Toronto", "Winnipeg", "Halifax"]],
  // Asia and the Pacific
  ["IN", "India", "en", 1, 16, ["Pune", "Chennai", "Lucknow", "Bhubaneswar", "Ahmedabad"]],
  ["BD", "Bangladesh", "en", 1, 7, ["Dhaka", "Chattogram", "Khulna", "Sylhet"]],
  ["PK", "Pakistan", "en", 1, 6, ["Lahore", "Karachi", "Peshawar", "Quetta"]],
  ["NP", "Nepal", "en", 1, 3, ["Kathmandu", "Pokhara", "Biratnagar"]],
  ["LK", "Sri Lanka", "en", 1, 3, ["Colombo", "Kandy", "Jaffna"]],
  ["PH", "Philippines", "en", 1, 8, ["Manila", "Cebu", "Davao", "Iloilo"], undefined, "in the Philippines"],
  ["ID", "Indonesia", "en", 1, 6, ["Jakarta", "Surabaya", "Yogyakarta", "Makassar"]],
  ["VN", "Vietnam", "en", 1, 4, ["Hanoi", "Da Nang", "Can Tho"]],
  ["KH", "Cambodia", "en", 1, 3, ["Phnom Penh", "Siem Reap", "Battambang"]],
  ["TH", "Thailand", "en", 1, 2, ["Bangkok", "Chiang Mai"]],
  ["MY", "Malaysia", "en", 1, 2, ["Kuala Lumpur", "Penang"]],
  ["FJ", "Fiji", "en", 1, 2, ["Suva", "Lautoka"]],
  ["PG", "Papua New Guinea", "en", 1, 1, ["Port Moresby", "Lae"]],
  ["TL", "Timor-Leste", "pt", 0.2, 1, ["Dili", "Baucau"], "em Timor-Leste"],
  // Arab States
  ["JO", "Jordan", "en", 1, 3, ["Amman", "Irbid", "Zarqa"]],
  ["LB", "Liban", "fr", 0.5, 3, ["Beyrouth", "Tripoli", "Saïda"], "au Liban", "in Lebanon"],
  ["IQ", "Iraq", "en", 1, 1, ["Erbil", "Basra"]],
  ["YE", "Yemen", "en", 1, 1, ["Aden", "Taiz"]],
  // Europe
  ["BE", "Belgique", "fr", 0.1, 2, ["Liège", "Charleroi", "Namur"], "en Belgique", "in Belgium"],
  ["FR", "France", "fr", 0.05, 2, ["Lyon", "Marseille", "Lille"], "en France"],
  ["PT", "Portugal", "pt", 0.1, 1, ["Braga", "Coimbra"], "em Portugal"],
  ["GB", "United Kingdom", "en", 1, 2, ["Manchester", "Glasgow"], undefined, "in the United Kingdom"],
  ["CH", "Suisse", "fr", 0.2, 1, ["Genève", "Lausanne"], "en Suisse", "in Switzerland"],
  ["UA", "Ukraine", "en", 1, 1, ["Kharkiv", "Lviv"]],
  ["AL", "Albania", "en", 1, 1, ["Tirana", "Shkodër"]],
  ["TR", "Türkiye", "en", 1, 1, ["Gaziantep", "Izmir"]],
];

// English names of the countries whose column value is not English, for English texts.
const ENGLISH_NAMES: Record<string, string> = {
  SN: "Senegal", CM: "Cameroon", BJ: "Benin", GN: "Guinea", TD: "Chad", MA: "Morocco", TN: "Tunisia",
  DZ: "Algeria", MR: "Mauritania", MX: "Mexico", PE: "Peru", PA: "Panama", ES: "Spain", BR: "Brazil",
  HT: "Haiti",
};

export const SAMPLE_COUNTRIES: readonly SampleCountry[] = ROWS.map(
  ([code, name, language, english, weight, cities, inLocal, inEnglish]) => ({
    code,
    name,
    language,
    english,
    weight,
    cities,
    ...(inLocal === undefined ? {} : { inLocal }),
    inEnglish: inEnglish ?? `in ${ENGLISH_NAMES[code] ?? name}`,
  }),
);

/** "In <country>" written in `language` (the country's main language or English). */
export function inCountry(country: SampleCountry, language: SampleLanguage): string {
  if (language === "en") return country.inEnglish ?? `in ${country.name}`;
  if (country.inLocal !== undefined) return country.inLocal;
  return `${language === "pt" ? "em" : "en"} ${country.name}`;
}

/**
 * The `count` countries with the most proposals (ties keep table order).
 * Throws when more are asked than the table has.
 */
export function selectCountries(count: number): SampleCountry[] {
  if (!Number.isInteger(count) || count < 1 || count > SAMPLE_COUNTRIES.length) {
    throw new Error(
      `@skills-network/sample-data: countries must be an integer from 1 to ${SAMPLE_COUNTRIES.length}, got ${count}.`,
    );
  }
  return SAMPLE_COUNTRIES.map((country, order) => ({ country, order }))
    .sort((a, b) => b.country.weight - a.country.weight || a.order - b.order)
    .slice(0, count)
    .map(({ country }) => country);
}
