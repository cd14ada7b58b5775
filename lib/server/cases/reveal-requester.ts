import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { decryptField } from "@/lib/crypto/field-encryption";
import { fieldKeys } from "@/lib/crypto/field-keys";
import { db } from "@/lib/db/client";
import { revealRequesterSchema } from "@/lib/domain/cases/case-forms";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { writeNote } from "./add-case-note";

export interface RevealedRequester {
  name: string;
  email: string;
  phone: string | null;
  postalAddress: string | null;
  subjectName: string | null;
  subjectEmail: string | null;
  subjectDateOfBirth: string | null;
}

/**
 * Shows a case's requester in clear. Every reveal is audited; an auditor must give a reason, kept as an
 * internal note that the audit event refers to.
 */
export async function revealRequester(
  input: z.input<typeof revealRequesterSchema>,
  actor: Actor,
): Promise<RevealedRequester> {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const data = parseInput(revealRequesterSchema, input);
  if (actor.role === "AUDITOR" && !data.reason) {
    throw new AppError("VALIDATION", "problems.checkFields", {
      reason: ["auditor_reason"],
    });
  }
  // Old keys too: during a rotation some values are still under the previous key.
  const keys = fieldKeys().readable;
  const decrypt = (value: string | null) => (value ? decryptField(value, keys) : null);
  return db().$transaction(async (tx) => {
    const found = await tx.case.findUnique({
      where: { id: data.caseId },
      select: {
        id: true,
        assigneeId: true,
        subjectName: true,
        subjectEmail: true,
        subjectDateOfBirthEncrypted: true,
        requester: true,
      },
    });
    if (!found || !canSeeCase(actor, found.assigneeId)) throw new AppError("NOT_FOUND", "problems.noSuchCase");
    const note = data.reason ? await writeNote(tx, found.id, data.reason, actor, "reveal-reason") : null;
    await recordAuditEvent(tx, {
      type: "requester.revealed",
      ...staffEvent(actor),
      caseId: found.id,
      data: { requesterId: found.requester.id, reasonNoteId: note?.id ?? null },
    });
    return {
      name: found.requester.name,
      email: found.requester.email,
      phone: decrypt(found.requester.phoneEncrypted),
      postalAddress: decrypt(found.requester.postalAddressEncrypted),
      subjectName: found.subjectName,
      subjectEmail: found.subjectEmail,
      subjectDateOfBirth: decrypt(found.subjectDateOfBirthEncrypted),
    };
  });
}
