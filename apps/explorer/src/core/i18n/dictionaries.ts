import type { UiLanguage } from "../state/types.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import type { Messages } from "./types.js";

export const dictionaries: Record<UiLanguage, Messages> = { en, fr, es };
