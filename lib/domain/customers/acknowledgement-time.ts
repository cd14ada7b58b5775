/** The median of some durations (the mean of the middle two for an even count); null for none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How long a customer took to acknowledge a routed request: elapsed time, not business days. */
export function timeToAcknowledge(routing: { sentAt: Date; acknowledgedAt: Date | null }): number | null {
  return routing.acknowledgedAt ? Math.max(0, routing.acknowledgedAt.getTime() - routing.sentAt.getTime()) : null;
}
