/**
 * Whether a sentence points back at what a development has told: by a noun
 * it used ("the talks" after "talks", "the memorandum" after "a memorandum"),
 * or by some of the attackers it told ("Eight missiles" after "151 drones
 * and missiles").
 */
import type { Sentence, Term } from './report-text.ts';

/** Whether the sentence uses a definite noun the development has already used: "the talks", "the missile", "the region". */
export function usesNounBefore(terms: readonly Term[], current: readonly Sentence[]): boolean {
  const nouns = new Set(current.flatMap((s) => s.terms.filter(isCommonNoun).map(stem)));
  return terms.some((t, i) => i > 0 && /^the$/i.test(terms[i - 1]!.text) && isCommonNoun(t) && nouns.has(stem(t)));
}

function isCommonNoun(term: Term): boolean {
  return term.tags.has('Noun') && !term.tags.has('ProperNoun') && !term.tags.has('Pronoun') && /^\p{Ll}/u.test(term.text);
}

function stem(term: Term): string {
  return term.text.toLowerCase().replace(/(?:es|s)$/, '');
}

/** "A missile" after "76 cruise missiles", "Eight missiles" after "151 drones and missiles": some of the attackers told, not another attack. */
export function oneOfThoseTold(subject: readonly Term[], current: readonly Sentence[]): boolean {
  const [count, ...rest] = subject;
  const noun = rest.findLast((t) => t.tags.has('Noun'));
  if (!count || !noun || !(/^(?:a|an|one)$/i.test(count.text) || count.tags.has('Cardinal') || /^\d+$/.test(count.text))) return false;
  const word = noun.text.toLowerCase().replace(/(?:es|s)$/, '');
  return current.some((s) => s.terms.some((t) => [`${word}s`, `${word}es`].includes(t.text.toLowerCase())));
}
