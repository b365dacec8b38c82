/**
 * The words by which a report attributes what it says: "said", "claimed",
 * "according to". Quotes take their speaker from them, and each is a claim
 * that needs a source.
 */
import type { Term } from './report-text.ts';

const SPEECH_VERB =
  /^(?:say|says|said|saying|claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|report(?:s|ed|ing)?|assert(?:s|ed|ing)?|warn(?:s|ed|ing)?|stat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|den(?:y|ies|ied|ying)|insist(?:s|ed|ing)?|accus(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|told|tell(?:s|ing)?|added|declar(?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|blam(?:e|es|ed|ing))$/i;

/** A verb of saying or claiming, as compromise tags it a verb: "reports" as a noun is not one. */
export function isSpeechVerb(term: Term): boolean {
  return term.tags.has('Verb') && SPEECH_VERB.test(term.text);
}

/** Whether the terms from `i` read "according to". */
export function isAccordingTo(terms: readonly Term[], i: number): boolean {
  return /^according$/i.test(terms[i]?.text ?? '') && /^to$/i.test(terms[i + 1]?.text ?? '');
}
