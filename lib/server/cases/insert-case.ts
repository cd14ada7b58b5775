import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Channel, Prisma, RequestType } from "@/lib/db/generated/client";
import { computeDeadline, yearOf, type RegimeCode } from "@/lib/domain/deadlines";
import { deadlineColumns } from "@/lib/server/deadlines/case-deadline";
import { loadPolicyWithCalendars, type PolicyWithCalendars } from "@/lib/server/deadlines/policy-store";
import { nextCaseReference } from "./next-case-reference";

export interface NewCase {
  type: RequestType;
  regime: RegimeCode;
  channel: Channel;
  /** When the request reached the channel: the clock starts here (not when it was typed in). */
  receivedAt: Date;
  requesterId: string;
  status: "UNVERIFIED" | "NEW";
  /** What the requester told us beyond the basics (web intake). */
  about?: Pick<
    Prisma.CaseUncheckedCreateInput,
    | "details"
    | "relationship"
    | "customerNameGiven"
    | "subjectName"
    | "subjectEmail"
    | "subjectDateOfBirthEncrypted"
    | "subjectRelationship"
  >;
}

/**
 * The columns of a new case but its reference: the deadline computed under the regime's current
 * policy, which is stored on the case as a snapshot, and the year its reference is numbered in.
 */
export function newCaseColumns(
  input: NewCase,
  { policy, calendars }: Pick<PolicyWithCalendars, "policy" | "calendars">,
) {
  const deadline = computeDeadline({ policy, receivedAt: input.receivedAt }, calendars);
  return {
    deadline,
    referenceYear: yearOf(deadline.receivedDate),
    columns: {
      type: input.type,
      status: input.status,
      regime: input.regime,
      channel: input.channel,
      receivedAt: input.receivedAt,
      requesterId: input.requesterId,
      ...input.about,
      policy,
      ...deadlineColumns(deadline),
    },
  };
}

/** Creates a case with its reference and its deadline. Part of the caller's transaction. */
export async function insertCase(tx: Tx, input: NewCase) {
  const { deadline, referenceYear, columns } = newCaseColumns(input, await loadPolicyWithCalendars(tx, input.regime));
  const reference = await nextCaseReference(tx, referenceYear);
  const created = await tx.case.create({ data: { reference, ...columns } });
  return { case: created, deadline };
}
