const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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

/** "45 min", "5.5 h", "3.2 days": elapsed time at a glance. */
export function formatElapsed(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < HOUR) return `${Math.round(ms / 60_000)} min`;
  if (ms < 2 * DAY) return `${Math.round((ms / HOUR) * 10) / 10} h`;
  return `${Math.round((ms / DAY) * 10) / 10} days`;
}
