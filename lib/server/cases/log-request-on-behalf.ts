import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { localDateOf } from "@/lib/domain/deadlines";
import { requestSchema } from "@/lib/domain/intake/request-schema";
import { regimeForResidence } from "@/lib/domain/intake/regime-for-residence";
import { AppError } from "@/lib/errors/app-error";
import { rethrowCalendarError } from "@/lib/server/deadlines/calendar-error";
import { caseAbout, checkSubjectAge, requesterRecord, uploadPurposeOf } from "@/lib/server/intake/request-records";
import { createCaseTasks } from "@/lib/server/fulfilment/create-case-tasks";
import { parseInput } from "@/lib/server/parse-input";
import { checkUploads, type IncomingFile } from "@/lib/server/uploads/check-upload";
import { removeFiles } from "@/lib/server/uploads/upload-store";
import { acknowledgeLoggedCase, checkReceivedAt } from "./acknowledge-logged-case";
import { saveUploads } from "@/lib/server/uploads/save-uploads";
import { insertCase } from "./insert-case";

const DAY_MS = 24 * 60 * 60 * 1000;

export const receiptSchema = z.object({
  channel: z.enum(["EMAIL", "POST", "OTHER"], { message: "choose_arrival_channel" }),
  /** When it reached us, with its UTC offset (the form sends the officer's browser zone). */
  receivedAt: z.coerce.date({ message: "enter_arrival_date" }),
});

const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "problems.checkFields", { [field]: [message] });

/**
 * Staff enter a request that arrived by email or post, with the same checks as the public form. The
 * clock starts when it arrived, not when it is typed in. The email address came with the request, so
 * the case opens as NEW; the requester gets the acknowledgement with the reference, due date and link.
 */
export async function logRequestOnBehalf(
  input: { request: unknown; receipt: unknown; files?: IncomingFile[] },
  actor: Actor,
  now = new Date(),
) {
  if (!can(actor.role, "cases:work")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const receipt = parseInput(receiptSchema, input.receipt);
  const request = parseInput(requestSchema, input.request);
  checkReceivedAt(receipt.receivedAt, now);
  if (now.getTime() - receipt.receivedAt.getTime() > 366 * DAY_MS) {
    throw invalid("receivedAt", "more_than_a_year_ago");
  }
  checkSubjectAge(request, localDateOf(now, "UTC"));
  const uploads = checkUploads(input.files ?? []);
  if (uploads.errors.length) throw new AppError("VALIDATION", "problems.checkFiles", { files: uploads.errors });
  const written: string[] = [];
  try {
    return await db().$transaction(async (tx) => {
      const requester = await tx.requester.create({ data: requesterRecord(request) });
      const { case: created, deadline } = await insertCase(tx, {
        type: request.type,
        regime: regimeForResidence(request.requester.country, request.requester.region),
        channel: receipt.channel,
        receivedAt: receipt.receivedAt,
        requesterId: requester.id,
        status: "NEW",
        about: caseAbout(request),
      });
      await saveUploads(tx, created.id, uploads.files, uploadPurposeOf(request), written);
      await createCaseTasks(tx, created, now);
      return acknowledgeLoggedCase(
        tx,
        {
          case: created,
          dueDate: deadline.dueDate,
          requester,
          audit: {
            channel: receipt.channel,
            type: request.type,
            relationship: request.relationship,
            uploads: uploads.files.length,
            dueDate: deadline.dueDate,
          },
        },
        actor,
        now,
      );
    });
  } catch (error) {
    removeFiles(written);
    rethrowCalendarError(error);
  }
}
