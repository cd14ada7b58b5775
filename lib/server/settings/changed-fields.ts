/** One setting's value before and after a save, as the settings audit events record it. */
// A type, not an interface, so it counts as JSON for the audit event's data.
import "server-only";
export type FieldChange<V> = { from: V | null; to: V };

/**
 * The fields whose value a save changes, each as `{ from, to }` for the audit event (in `fields` order).
 * Values are compared as JSON, so a nested value (a deadline rule) counts as changed only if its content
 * differs. With nothing stored yet (`before` undefined) every value is a change from null.
 */
export function changedFields<T, K extends keyof T>(
  fields: readonly K[],
  before: Pick<T, K> | undefined,
  after: T,
): Partial<Record<K, FieldChange<T[K]>>> {
  const changes: Partial<Record<K, FieldChange<T[K]>>> = {};
  for (const field of fields) {
    const from = before?.[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(after[field])) changes[field] = { from, to: after[field] };
  }
  return changes;
}
