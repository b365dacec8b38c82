import worldCountries from 'world-countries';

export interface CountryRecord {
  /** Lowercase ISO 3166-1 alpha-2 code. */
  id: string;
  name: string;
  officialName: string;
  flag: string;
  aliases: string[];
  demonyms: string[];
}

/**
 * Short names English uses every day that `world-countries` does not list
 * among a country's spellings (for GB it has only "GB", "UK" and "Great
 * Britain", so "Britain's defence secretary" named no country). Only names
 * that are in common use and name no other country or region belong here.
 */
const COMMON_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = { GB: ['Britain'] };

/**
 * Demonyms English uses every day where `world-countries` gives a rarer one
 * ("Uzbekistani" for "an Uzbek citizen", "Tadzhik"). Only those that name no
 * other country belong here.
 */
const COMMON_DEMONYMS: Readonly<Record<string, readonly string[]>> = { UZ: ['Uzbek'], KZ: ['Kazakh'], KG: ['Kyrgyz'], TJ: ['Tajik'] };

/** Every country the registry knows, with names, flags and demonyms from `world-countries`. */
export function countryRegistry(): CountryRecord[] {
  return worldCountries.map((c) => ({
    id: c.cca2.toLowerCase(),
    name: c.name.common,
    officialName: c.name.official,
    flag: c.flag,
    aliases: [...new Set([c.cca2, c.cca3, c.name.official, ...c.altSpellings, ...(COMMON_SHORT_NAMES[c.cca2] ?? [])].filter((a) => a !== c.name.common))],
    // One entry may hold two demonyms: "Bosnian, Herzegovinian".
    demonyms: [
      ...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(COMMON_DEMONYMS[c.cca2] ?? [])].flatMap((d) => d?.split(/\s*,\s*/) ?? []).filter(Boolean)),
    ],
  }));
}
