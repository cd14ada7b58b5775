import "server-only";
import type { Db, Tx } from "@/lib/db/client";

/**
 * The fulfilment clock and limits: the one FulfilmentPolicy row, created with the defaults on first use
 * (a plain read once it exists, so page views write nothing), like the routing policy.
 */
export async function loadFulfilmentPolicy(client: Db | Tx) {
  const row = await client.fulfilmentPolicy.findUnique({ where: { id: 1 } });
  if (row) return row;
  // INSERT ... ON CONFLICT DO NOTHING, so two writers creating it at once do not collide.
  await client.fulfilmentPolicy.createMany({ data: [{ id: 1 }], skipDuplicates: true });
  return client.fulfilmentPolicy.findUniqueOrThrow({ where: { id: 1 } });
}
