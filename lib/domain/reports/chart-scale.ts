/** The axis maximum for a chart: the smallest 1, 2, 2.5 or 5 × 10^k at or above the largest value (1 at least). */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * A bar's length for a value on a scale from 0 to max drawn over `length` pixels: proportional to the
 * value, nothing for zero, no value or a negative one, never past the end of the scale.
 */
export function barLength(value: number | null, max: number, length: number): number {
  if (value === null || !(value > 0) || !(max > 0)) return 0;
  return (Math.min(value, max) / max) * length;
}

function isRound(step: number): boolean {
  const magnitude = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5, 10].some((m) => Math.abs(step / magnitude - m) < 1e-9);
}

/**
 * Gridline values from 0 to max inclusive, at most five intervals of a round step (1, 2 or 5 × 10^k),
 * whole numbers from a max of 1 up (counts are whole).
 */
export function ticks(max: number): number[] {
  const count = [5, 4, 2, 1].find((n) => isRound(max / n) && (max < 1 || Number.isInteger(max / n))) ?? 1;
  return Array.from({ length: count + 1 }, (_, i) => Math.round(((i * max) / count) * 1e9) / 1e9);
}

/** Show every n-th of `labels` axis labels so that at most `room` fit. */
export function labelStep(labels: number, room = 13): number {
  return Math.max(1, Math.ceil(labels / room));
}
