/**
 * Which answers a customer's link still accepts (docs/product-rules.md "Cloud-customer routing"). Pure: the
 * answer's use-case and the customer's page ask the same function, so the page never offers an answer
 * the server would refuse.
 */
export const ROUTING_ANSWERS = ["ACKNOWLEDGE", "COMPLETE", "DECLINE"] as const;
export type RoutingAnswer = (typeof ROUTING_ANSWERS)[number];

/** By the routing's own state: a link cannot answer twice in conflicting ways. */
const BY_STATE: Record<string, readonly RoutingAnswer[]> = {
  SENT: ["ACKNOWLEDGE", "COMPLETE", "DECLINE"],
  ACKNOWLEDGED: ["COMPLETE"],
};

export interface RoutedCaseFacts {
  status: string;
  outcome: string | null;
}

/**
 * Whether the routing still concerns its case: the case waits for the customer (ROUTED), or was closed
 * as handed to them (TRANSFERRED_TO_CONTROLLER, by their acknowledgement or by staff). Reopened, withdrawn
 * or otherwise closed, it does not: the customer has nothing left to do and no reason to see it.
 */
export function routingApplies(found: RoutedCaseFacts): boolean {
  return found.status === "ROUTED" || (found.status === "CLOSED" && found.outcome === "TRANSFERRED_TO_CONTROLLER");
}

/**
 * The answers open to this routing now. A decline after the case was closed as transferred would reopen
 * it behind staff's back, so it is not open then.
 */
export function openAnswers(
  routing: { state: string; revokedAt: Date | null },
  found: RoutedCaseFacts,
): readonly RoutingAnswer[] {
  if (routing.revokedAt || !routingApplies(found)) return [];
  const answers = BY_STATE[routing.state] ?? [];
  return found.status === "CLOSED" ? answers.filter((answer) => answer !== "DECLINE") : answers;
}
