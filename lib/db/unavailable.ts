/**
 * Whether an error means the database cannot serve right now (stopped, restarting, unreachable, out of
 * connections) rather than a fault in the request or the code. Callers answer such errors with "try again
 * shortly" (HTTP 503 with Retry-After) instead of an internal error.
 */
import "server-only";
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    if (isUnavailableShape(current)) return true;
    current = (current as ErrorShape).cause;
  }
  return false;
}

/** How long a client should wait before trying again (seconds): a PostgreSQL restart takes a few. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** What to tell people (a catalogue key, worded in their language where it is shown). */
export const DATABASE_UNAVAILABLE = "problems.databaseUnavailable" as const;

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
}

// Prisma: P1001 can't reach the server, P1002 timed out reaching it, P1017 the server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
// What the PostgreSQL driver adapter reports for a lost or refused connection.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// SQLSTATE: class 08 connection exceptions, 53300 too many connections, 57P01–57P03 shutdown and startup.
const SQLSTATE = /^(08...|53300|57P0[123])$/;
// node-postgres and its pool throw plain errors when a connection drops or cannot be had in time.
const DRIVER_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Unable to start a transaction in the given time)/;

function isUnavailableShape(error: ErrorShape): boolean {
  if (typeof error.code === "string" && PRISMA_CODES.has(error.code)) return true;
  const cause = error.meta?.driverAdapterError?.cause;
  if (typeof cause?.kind === "string" && ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause?.kind === "postgres" && typeof cause.code === "string" && SQLSTATE.test(cause.code)) return true;
  if (typeof error.code === "string" && SQLSTATE.test(error.code)) return true;
  const message = typeof error.message === "string" ? error.message.trim() : "";
  // Prisma puts "Transaction API error: " before the pool's wait timeout (P2028).
  return DRIVER_MESSAGES.test(message.replace(/^Transaction API error: /, ""));
}
