/**
 * Scores what `analyseReport` finds in a report against hand labels
 * (tests/fixtures/reports/<report>/labels.json, described in that folder's README).
 *
 * Pure functions: alignment of predicted developments to labelled ones, and
 * precision and recall of the ids and names linked in them.
 */

import { scoreNewActors, type NewActorScore } from './ingest-new-actor-scoring.ts';

export { nameWords, namesMatch, scoreNewActors, type NewActorScore } from './ingest-new-actor-scoring.ts';

export type ActorKind = 'person' | 'organisation';

export interface LabelledNewActor {
  name: string;
  kind: ActorKind;
}

export interface LabelledDevelopment {
  /** Index (from 0) of the report paragraph, paragraphs being separated by blank lines. */
  paragraph: number;
  /** The opening words of the development's first sentence, verbatim (whitespace aside). */
  opening: string;
  date: string;
  actors: readonly string[];
  countries: readonly string[];
  places: readonly string[];
  freePlaces: readonly string[];
  newActors: readonly LabelledNewActor[];
  /** Ids of existing briefings this development duplicates. */
  duplicates: readonly string[];
  note?: string;
}

export interface LabelledUnused {
  paragraph: number;
  opening: string;
  reason: 'title' | 'framing' | 'context' | 'conclusion' | 'sources';
}

export interface ReportLabels {
  report: string;
  /** The report's date, passed to the analysis. */
  date: string;
  /** True for the report the engine was tuned on: its figures are printed, not held to the bar. */
  tuning: boolean;
  developments: readonly LabelledDevelopment[];
  unused: readonly LabelledUnused[];
}

/** What scoring reads from a predicted development (a subset of the engine's `Development`). */
export interface PredictedDevelopment {
  date: string;
  paragraph?: number;
  sentences: readonly string[];
  actors: readonly string[];
  countries: readonly string[];
  places: readonly string[];
  newActors: readonly { name: string; kind?: ActorKind }[];
}

/** Lowercase, one kind of quote, dash and space, for comparing report text. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** How clearly a predicted development is the labelled one: 0 (not at all) to 3. */
export function matchStrength(predicted: Pick<PredictedDevelopment, 'sentences'>, labelled: Pick<LabelledDevelopment, 'opening'>): number {
  const opening = normaliseText(labelled.opening);
  if (opening === '') return 0;
  const sentences = predicted.sentences.map(normaliseText);
  if (sentences[0]?.startsWith(opening)) return 3;
  if (sentences.some((sentence) => sentence.startsWith(opening))) return 2;
  if (sentences.join(' ').includes(opening)) return 1;
  return 0;
}

export interface Alignment {
  /** [predicted index, labelled index] */
  pairs: [number, number][];
  unmatchedPredicted: number[];
  missedLabelled: number[];
}

/**
 * One-to-one alignment: the strongest matches first (first sentence starts with the
 * labelled opening, then any sentence does, then the text contains it); among equals,
 * the pair whose paragraphs agree, then report order.
 */
export function alignDevelopments(
  predicted: readonly Pick<PredictedDevelopment, 'sentences' | 'paragraph'>[],
  labelled: readonly Pick<LabelledDevelopment, 'opening' | 'paragraph'>[],
): Alignment {
  const candidates: { p: number; l: number; strength: number; sameParagraph: boolean }[] = [];
  predicted.forEach((prediction, p) => {
    labelled.forEach((label, l) => {
      const strength = matchStrength(prediction, label);
      if (strength > 0) candidates.push({ p, l, strength, sameParagraph: prediction.paragraph === label.paragraph });
    });
  });
  candidates.sort((a, b) => b.strength - a.strength || Number(b.sameParagraph) - Number(a.sameParagraph) || a.l - b.l || a.p - b.p);
  const usedP = new Set<number>();
  const usedL = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { p, l } of candidates) {
    if (usedP.has(p) || usedL.has(l)) continue;
    usedP.add(p);
    usedL.add(l);
    pairs.push([p, l]);
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return {
    pairs,
    unmatchedPredicted: predicted.map((_, i) => i).filter((i) => !usedP.has(i)),
    missedLabelled: labelled.map((_, i) => i).filter((i) => !usedL.has(i)),
  };
}

export interface PrecisionRecall {
  tp: number;
  fp: number;
  fn: number;
  /** 1 when nothing was predicted. */
  precision: number;
  /** 1 when nothing was labelled. */
  recall: number;
}

export function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

export type IdKind = 'actors' | 'countries' | 'places';

/**
 * Precision and recall over (development, id) pairs. Ids of aligned developments are
 * compared; every id of an unaligned predicted development is a false positive, every
 * id of a missed labelled development a false negative.
 */
export function scoreIds(
  kind: IdKind,
  predicted: readonly Pick<PredictedDevelopment, IdKind>[],
  labelled: readonly Pick<LabelledDevelopment, IdKind>[],
  alignment: Alignment,
): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [p, l] of alignment.pairs) {
    const got = new Set(predicted[p]![kind]);
    const want = new Set(labelled[l]![kind]);
    for (const id of got) {
      if (want.has(id)) tp++;
      else fp++;
    }
    for (const id of want) if (!got.has(id)) fn++;
  }
  for (const p of alignment.unmatchedPredicted) fp += new Set(predicted[p]![kind]).size;
  for (const l of alignment.missedLabelled) fn += new Set(labelled[l]![kind]).size;
  return precisionRecall(tp, fp, fn);
}

export interface DevelopmentCounts {
  labelled: number;
  predicted: number;
  aligned: number;
  /** aligned / predicted */
  precision: number;
  /** aligned / labelled */
  recall: number;
}

export interface ReportScore {
  alignment: Alignment;
  developments: DevelopmentCounts;
  actors: PrecisionRecall;
  countries: PrecisionRecall;
  places: PrecisionRecall;
  newActors: NewActorScore;
  /** Aligned developments whose resolved date is the labelled one. */
  dates: { correct: number; aligned: number; wrong: string[] };
}

export function scoreReport(predicted: readonly PredictedDevelopment[], labelled: readonly LabelledDevelopment[]): ReportScore {
  const alignment = alignDevelopments(predicted, labelled);
  const aligned = alignment.pairs.length;
  const wrong: string[] = [];
  for (const [p, l] of alignment.pairs) {
    if (predicted[p]!.date !== labelled[l]!.date) wrong.push(`${labelled[l]!.opening}: ${predicted[p]!.date}, labelled ${labelled[l]!.date}`);
  }
  return {
    alignment,
    developments: {
      labelled: labelled.length,
      predicted: predicted.length,
      aligned,
      precision: predicted.length === 0 ? 1 : aligned / predicted.length,
      recall: labelled.length === 0 ? 1 : aligned / labelled.length,
    },
    actors: scoreIds('actors', predicted, labelled, alignment),
    countries: scoreIds('countries', predicted, labelled, alignment),
    places: scoreIds('places', predicted, labelled, alignment),
    newActors: scoreNewActors(predicted, labelled, alignment),
    dates: { correct: aligned - wrong.length, aligned, wrong },
  };
}

/** Per aligned development, the ids the prediction lacks (-) or adds (+), for reading a score. */
export function differences(predicted: readonly PredictedDevelopment[], labelled: readonly LabelledDevelopment[], alignment: Alignment): string[] {
  const lines: string[] = [];
  for (const [p, l] of alignment.pairs) {
    const parts: string[] = [];
    for (const kind of ['actors', 'countries', 'places'] as const) {
      const got = new Set(predicted[p]![kind]);
      const want = new Set(labelled[l]![kind]);
      const lacks = [...want].filter((id) => !got.has(id));
      const adds = [...got].filter((id) => !want.has(id));
      if (lacks.length > 0 || adds.length > 0) parts.push(`${kind}: ${[...lacks.map((id) => `-${id}`), ...adds.map((id) => `+${id}`)].join(' ')}`);
    }
    if (parts.length > 0) lines.push(`  [${labelled[l]!.opening}] ${parts.join('; ')}`);
  }
  for (const p of alignment.unmatchedPredicted) lines.push(`  extra: "${predicted[p]!.sentences[0]?.slice(0, 70) ?? ''}"`);
  for (const l of alignment.missedLabelled) lines.push(`  missed: "${labelled[l]!.opening}"`);
  return lines;
}
