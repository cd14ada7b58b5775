import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { addCaseNoteSchema } from "@/lib/domain/cases/case-forms";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "./change-case";

/**
 * Writes an internal note (never shown to the requester). The audit event refers to the note by id:
 * free text may hold personal data, which the audit trail must not copy.
 */
export async function writeNote(tx: Tx, caseId: string, body: string, actor: Actor, purpose: string) {
  const note = await tx.caseNote.create({ data: { caseId, authorId: actor.id, body } });
  await recordAuditEvent(tx, { type: "note.added", ...staffEvent(actor), caseId, data: { noteId: note.id, purpose } });
  return note;
}

export function addCaseNote(input: z.input<typeof addCaseNoteSchema>, actor: Actor) {
  return changeCase({ actor, action: "addNote", schema: addCaseNoteSchema, input }, async ({ tx, data }) => {
    const note = await writeNote(tx, data.caseId, data.body, actor, "note");
    return { noteId: note.id };
  });
}
