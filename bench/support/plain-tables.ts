/**
 * Tables without triggers that the benches create for themselves in their fresh database, so the
 * production schema carries no benchmark table: the floors that audited writes are compared with.
 */

/** The plain one-row insert route's table (app/api/bench/plain-insert/route.bench.ts). */
export const PLAIN_ROW_TABLE_SQL = `CREATE TABLE IF NOT EXISTS bench_plain_row (
  id bigserial PRIMARY KEY,
  bytes integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * The audit-writers bench's plain table: AuditEvent's columns, defaults (ids from the same sequence)
 * and indexes, without its triggers, so both phases insert the same row into the same shape.
 */
export const PLAIN_EVENT_TABLE_SQL = `CREATE TABLE IF NOT EXISTS bench_plain_event (
  LIKE "AuditEvent" INCLUDING DEFAULTS INCLUDING INDEXES
)`;
