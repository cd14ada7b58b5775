// npm run audit:search-hash: was this email address searched? Reads addresses on standard input (one a
// line, so they stay out of the shell's history) and prints, for each, the keyed hash that the audit trail's
// `requester.searched` events keep instead of the address (lib/crypto/search-hash.ts), with the key's id.
// Look for it with e.g.
//   SELECT "createdAt", "actorId", "caseId" FROM "AuditEvent"
//   WHERE type = 'requester.searched' AND data->>'searchHash' = '<hash>';
// Events whose searchHashKey differs were hashed under another key (AUDIT_SEARCH_KEY or AUTH_SECRET changed).
import { createInterface } from "node:readline";
import { searchHash } from "@/lib/crypto/search-hash";

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { searchHashKey, searchHash: hash } = searchHash(line);
  console.log(`${hash} (key ${searchHashKey})`);
}
