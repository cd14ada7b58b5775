import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { matchCustomers, type CustomerMatch } from "@/lib/domain/customers/match-customer";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";

export interface CaseCustomerMatch {
  caseId: string;
  reference: string;
  version: number;
  status: string;
  routingState: string | null;
  /** What the requester typed, if anything. */
  customerNameGiven: string | null;
  /** The customer staff confirmed, if any. */
  confirmed: { id: string; name: string; active: boolean } | null;
  /** The active registered customers that best match what the requester typed, best first. */
  matches: CustomerMatch[];
}

/** For the case page: what the requester typed, the best registry matches for it, and the confirmed customer. */
export async function matchCaseCustomer(caseId: string, actor: Actor, limit = 5): Promise<CaseCustomerMatch> {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  if (!/^[0-9a-f-]{36}$/i.test(caseId)) throw new AppError("NOT_FOUND", "problems.noSuchCase");
  const found = await db().case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      reference: true,
      version: true,
      status: true,
      routingState: true,
      assigneeId: true,
      customerNameGiven: true,
      customer: { select: { id: true, name: true, active: true } },
    },
  });
  if (!found || !canSeeCase(actor, found.assigneeId)) throw new AppError("NOT_FOUND", "problems.noSuchCase");
  const candidates = found.customerNameGiven
    ? await db().cloudCustomer.findMany({ where: { active: true }, select: { id: true, name: true, aliases: true } })
    : [];
  return {
    caseId: found.id,
    reference: found.reference,
    version: found.version,
    status: found.status,
    routingState: found.routingState,
    customerNameGiven: found.customerNameGiven,
    confirmed: found.customer,
    matches: found.customerNameGiven ? matchCustomers(found.customerNameGiven, candidates, limit) : [],
  };
}
