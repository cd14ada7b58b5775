import "server-only";
import { createHash } from "node:crypto";
import { mailboxOf } from "@/lib/domain/intake/mailbox";

/**
 * An email address's part of a rate-limit key: a hash of the mailbox it delivers to (see mailboxOf), so
 * variants of one address share a limit and the counters table holds no address in plain text.
 */
export function addressKey(email: string): string {
  return createHash("sha256").update(mailboxOf(email)).digest("hex").slice(0, 32);
}
