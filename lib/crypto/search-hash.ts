import "server-only";
import { createHash, createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/config/env";

export interface SearchHash {
  /** Which key made the hash (8 hex digits of the key's SHA-256), so a check knows whether it can compare. */
  searchHashKey: string;
  searchHash: string;
}

function searchKey(): Buffer {
  const config = env();
  if (config.AUDIT_SEARCH_KEY) return Buffer.from(config.AUDIT_SEARCH_KEY, "utf8");
  // Its own key, derived from the session secret (which the embedded default generates and production on
  // PostgreSQL requires), so hashes never double as anything the session secret signs.
  return Buffer.from(hkdfSync("sha256", config.AUTH_SECRET, "", "rightsdesk audit search hash v1", 32));
}

/**
 * What an audit event keeps of a searched email address: an HMAC-SHA256 under a server-side key, of the
 * address as the search compares it (trimmed, lower case). Whoever holds the key can check whether a given
 * address was searched; the trail alone does not give the address back, nor can it be guessed from a list
 * of addresses without the key.
 */
export function searchHash(text: string): SearchHash {
  const key = searchKey();
  return {
    searchHashKey: createHash("sha256").update(key).digest("hex").slice(0, 8),
    searchHash: createHmac("sha256", key).update(text.trim().toLowerCase()).digest("hex"),
  };
}
