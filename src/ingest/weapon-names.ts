/**
 * The names a report gives to weapons: a name written right before a weapon's
 * noun anywhere in the report ("Storm Shadow missiles") is a weapon's
 * wherever else it stands, and so no actor (new-names.ts).
 */
import { nameWords } from './name-index.ts';
import type { NameSegment } from './name-chunks.ts';
import { joined, type Sentence, type Term } from './report-text.ts';

/** Nouns that make the name before them a weapon's: "ATACMS missiles", "Patriot air defence systems". */
const WEAPON_NOUN =
  /^(?:missiles?|drones?|rockets?|systems?|launchers?|jets?|aircraft|tanks?|howitzers?|shells?|munitions?|bombs?|warheads?|interceptors?|batter(?:y|ies)|helicopters?|vehicles?|weapons?|artillery)$/i;

/** Names the report puts right before a weapon noun anywhere, perhaps with a lowercase word between ("Storm Shadow cruise missiles"). */
export function weaponNames(segments: ReadonlyMap<Sentence, readonly NameSegment[]>): Set<string> {
  const weapons = new Set<string>();
  for (const [sentence, list] of segments) {
    for (const segment of list) {
      const following = sentence.terms.slice(segment.last + 1, segment.last + 4);
      let previous = sentence.terms[segment.last]!;
      for (const term of following) {
        if (WEAPON_NOUN.test(term.text) && joined(previous, term)) weapons.add(key(segment.text));
        if (!joined(previous, term) || !isModifier(term)) break;
        previous = term;
      }
    }
  }
  return weapons;
}

/** A lowercase word that may stand between a weapon's name and its noun: "cruise", "air", "defence", "ballistic". */
function isModifier(term: Term): boolean {
  return !/^\p{Lu}/u.test(term.text) && (term.tags.has('Adjective') || (term.tags.has('Noun') && !term.tags.has('Pronoun')));
}

function key(name: string): string {
  return nameWords(name).join(' ');
}
