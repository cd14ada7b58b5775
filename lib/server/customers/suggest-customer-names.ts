import "server-only";
import { z } from "zod";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { matchCustomers } from "@/lib/domain/customers/match-customer";
import { parseInput } from "@/lib/server/parse-input";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";

export const MAX_SUGGESTIONS = 5;

const suggestSchema = z.object({
  q: z
    .string({ message: "type_two_characters" })
    .trim()
    .min(2, "type_two_characters")
    .max(100, "Use at most 100 characters."),
});

/**
 * Names of active registered customers for the public form, as the person types: matched on names and
 * aliases, but only names are returned (never aliases, contacts, notes or ids), at most five.
 * Counted per address, so the list cannot be walked quickly.
 */
export async function suggestCustomerNames(input: { q: unknown; ip: string }, now = new Date()): Promise<string[]> {
  await hitRateLimits(
    db(),
    [
      {
        key: `customer-suggest:ip:${input.ip}`,
        limit: env().CUSTOMER_SUGGESTIONS_PER_IP_MINUTE,
        windowMs: 60_000,
        message: "problems.tooManyNameLookups",
      },
    ],
    now,
  );
  const { q } = parseInput(suggestSchema, { q: input.q });
  const customers = await db().cloudCustomer.findMany({
    where: { active: true },
    select: { id: true, name: true, aliases: true },
  });
  return matchCustomers(q, customers, MAX_SUGGESTIONS).map((match) => match.name);
}
