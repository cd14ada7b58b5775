import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma, type Channel, type RequestType } from "@/lib/db/generated/client";
import { insertRowSql } from "@/lib/db/insert-sql";
import { computeDeadline, yearOf, type RegimeCode } from "@/lib/domain/deadlines";
import { deadlineColumns } from "@/lib/server/deadlines/case-deadline";
import { loadPolicyWithCalendars, type PolicyWithCalendars } from "@/lib/server/deadlines/policy-store";
import { nextCaseReference, nextReferenceSql } from "./next-case-reference";

/**
 * The only writer of new cases. Staff logging calls `insertCase` in its transaction; the public intake
 * puts `newCaseSql` into its one statement. Both build the columns through `newCaseColumns`: the
 * deadline computed under the regime's current policy (stored on the case as a snapshot) and the year
 * its reference is numbered in.
 */

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

/** The columns of a new case but its reference, and the year that reference is numbered in. */
function newCaseColumns(
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

/**
 * The two parts of a case for a single-statement writer: `reference`, a CTE body taking the next number
 * (after the CTE named `after`, a check that may fail the statement), and `insert`, the case's INSERT
 * reading it from the CTE named `referenceCte`.
 */
export function newCaseSql(
  input: NewCase,
  settings: Pick<PolicyWithCalendars, "policy" | "calendars">,
  row: { id: string; at: Date; lastUploadNumber?: number },
  ctes: { after: string; referenceCte: string },
) {
  const { referenceYear, columns } = newCaseColumns(input, settings);
  const values = {
    id: row.id,
    ...columns,
    ...(row.lastUploadNumber && { lastUploadNumber: row.lastUploadNumber }),
    updatedAt: row.at,
  };
  return {
    reference: nextReferenceSql(referenceYear, ctes.after),
    insert: insertRowSql("Case", values, {
      extra: { reference: Prisma.raw(`${ctes.referenceCte}.reference`) },
      from: ctes.referenceCte,
    }),
  };
}
