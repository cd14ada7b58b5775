import { customerNameKey, hasCjk } from "./customer-name";

export interface CustomerCandidate {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface CustomerMatch {
  id: string;
  name: string;
  /** 0..1: 1 is the same name once normalized; below MIN_SCORE nothing is returned. */
  score: number;
  /** The name or alias that matched best, as registered. */
  matchedText: string;
  matchedOn: "name" | "alias";
}

export const MIN_SCORE = 0.6;
/** An alias is as good as the name, but the name wins a tie. */
const ALIAS_WEIGHT = 0.98;

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), by code point. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Dice coefficient of the two keys' character bigrams: tolerant of words in another order. */
export function bigramSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const gram = a[i]! + a[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const gram = b[i]! + b[i + 1]!;
    const left = counts.get(gram) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(gram, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/**
 * How well a typed name's key matches a registered key, 0..1: the same key scores 1; one being the
 * start of the other (someone still typing, or leaving a word out) 0.75-0.95; one inside the other
 * 0.6-0.8; otherwise a close spelling (a typo, a swapped pair of letters, words reordered) scores up to
 * 0.85 by edit distance or shared bigrams. Short keys need to match exactly: "IBM" is not "IBX".
 */
export function keyScore(typed: string, registered: string): number {
  if (!typed || !registered) return 0;
  if (typed === registered) return 1;
  const a = Array.from(typed);
  const b = Array.from(registered);
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  const coverage = shorter / longer;
  const minimum = hasCjk(typed) || hasCjk(registered) ? 2 : 3;
  if (shorter >= 2 && (registered.startsWith(typed) || typed.startsWith(registered))) return 0.75 + 0.2 * coverage;
  if (shorter >= minimum && (registered.includes(typed) || typed.includes(registered))) return 0.6 + 0.2 * coverage;
  // Lengths this far apart cannot be a close spelling: skip the quadratic distance.
  const bySpelling = coverage < 0.5 ? 0 : 1 - editDistance(a, b) / longer;
  return 0.85 * Math.max(bySpelling, bigramSimilarity(a, b));
}

/**
 * The registered customers a typed name most likely means, best first: each scored on its name and
 * aliases (the best of them counts), those under MIN_SCORE left out, at most `limit`.
 */
export function matchCustomers(
  typed: string,
  candidates: readonly CustomerCandidate[],
  limit = 5,
  minScore = MIN_SCORE,
): CustomerMatch[] {
  const key = customerNameKey(typed);
  if (!key) return [];
  const matches: CustomerMatch[] = [];
  for (const candidate of candidates) {
    let best: CustomerMatch | undefined;
    const texts = [
      { text: candidate.name, on: "name" as const, weight: 1 },
      ...candidate.aliases.map((text) => ({ text, on: "alias" as const, weight: ALIAS_WEIGHT })),
    ];
    for (const { text, on, weight } of texts) {
      const score = keyScore(key, customerNameKey(text)) * weight;
      if (!best || score > best.score) {
        best = { id: candidate.id, name: candidate.name, score, matchedText: text, matchedOn: on };
      }
    }
    if (best && best.score >= minScore) matches.push({ ...best, score: Math.round(best.score * 1000) / 1000 });
  }
  return matches.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name)).slice(0, limit);
}
