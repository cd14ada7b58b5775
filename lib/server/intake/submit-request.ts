import { randomUUID } from "node:crypto";

import { env } from "@/lib/config/env";
import { hashCode, newCode, newLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { localDateOf } from "@/lib/domain/deadlines";
import { requestSchema } from "@/lib/domain/intake/request-schema";
import { regimeForResidence } from "@/lib/domain/intake/regime-for-residence";
import { outboxRow } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { insertCase } from "@/lib/server/cases/insert-case";
import { rethrowCalendarError } from "@/lib/server/deadlines/calendar-error";
import { parseInput } from "@/lib/server/parse-input";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";
import { caseAbout, checkSubjectAge, requesterRecord, uploadPurposeOf } from "./request-records";
import { checkUploads, type IncomingFile } from "@/lib/server/uploads/check-upload";
import { removeFiles, writeUpload } from "@/lib/server/uploads/upload-store";

export const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

export interface Submission {
  request: unknown;
  files?: IncomingFile[];
  channel: "WEB" | "API";
  /** For the per-IP limit; never stored. */
  ip: string;
}

export type SubmissionResult = { accepted: true; caseId: string | null };

/**
 * A request from the public form or the JSON API. Everything is checked before anything is written;
 * then one transaction writes the requester (phone, address and a minor's date of birth encrypted), the
 * case (UNVERIFIED, the clock started now), the uploads, the verification, the audit event and the
 * verification email. A filled honeypot is answered like a success and writes nothing.
 */
export async function submitRequest(submission: Submission, now = new Date()): Promise<SubmissionResult> {
  const config = env();
  const raw = submission.request as { website?: unknown } | null;
  if (raw && typeof raw === "object" && typeof raw.website === "string" && raw.website !== "") {
    return { accepted: true, caseId: null };
  }
  const request = parseInput(requestSchema, submission.request);
  checkSubjectAge(request, localDateOf(now, "UTC"));
  const uploads = checkUploads(submission.files ?? []);
  if (uploads.errors.length) throw new AppError("VALIDATION", "Check the attached files.", { files: uploads.errors });

  const prisma = db();
  await hitRateLimits(
    prisma,
    [
      {
        key: `intake:ip:${submission.ip}`,
        limit: config.INTAKE_LIMIT_PER_IP_HOUR,
        windowMs: 60 * 60 * 1000,
        message: "Too many requests from your network. Try again later.",
      },
      {
        key: `intake:email:${request.requester.email}`,
        limit: config.INTAKE_LIMIT_PER_EMAIL_DAY,
        windowMs: 24 * 60 * 60 * 1000,
        message: "Too many requests for this email address today. Try again tomorrow.",
      },
    ],
    now,
  );

  const written: string[] = [];
  try {
    return await prisma.$transaction(async (tx) => {
      const contact = request.requester;
      const requester = await tx.requester.create({ data: requesterRecord(request), select: { id: true } });
      const { case: created } = await insertCase(tx, {
        type: request.type,
        regime: regimeForResidence(contact.country, contact.region),
        channel: submission.channel,
        receivedAt: now,
        requesterId: requester.id,
        status: "UNVERIFIED",
        about: caseAbout(request),
      });
      const files = uploads.files.map((file) => {
        const id = randomUUID();
        written.push(writeUpload(config.dataDir, created.id, id, file.bytes));
        return {
          id,
          caseId: created.id,
          purpose: uploadPurposeOf(request),
          filename: file.filename,
          contentType: file.contentType,
          size: file.bytes.length,
          sha256: file.sha256,
        };
      });
      if (files.length) await tx.upload.createMany({ data: files });
      const link = newLinkToken();
      const code = newCode();
      const email = outboxRow({
        template: "requester-verification",
        to: contact.email,
        locale: contact.locale,
        caseId: created.id,
        payload: { token: link.token, code },
      });
      const audit = {
        channel: submission.channel,
        type: request.type,
        relationship: request.relationship,
        uploads: uploads.files.length,
      };
      // The verification, its email and the audit event in one statement: one round trip instead of three
      // while the transaction holds the year's reference counter.
      const at = new Date();
      await tx.$executeRaw`
        WITH verification AS (
          INSERT INTO "CaseVerification" ("caseId", "tokenHash", "codeHash", "expiresAt", "createdAt")
          VALUES (${created.id}::uuid, ${link.hash}, ${hashCode(code, created.id)},
                  ${new Date(now.getTime() + VERIFICATION_TTL_MS)}::timestamptz, ${at}::timestamptz)
        ), email AS (
          INSERT INTO "OutboxEmail" (id, template, "to", locale, payload, "caseId", "nextAttemptAt", "createdAt")
          VALUES (${email.id}::uuid, ${email.template}, ${email.to}, ${email.locale}::"Locale",
                  ${JSON.stringify(email.payload)}::jsonb, ${created.id}::uuid, ${at}::timestamptz, ${at}::timestamptz)
        )
        INSERT INTO "AuditEvent" (type, "caseId", "actorKind", data, "createdAt")
        VALUES ('case.submitted', ${created.id}::uuid, 'REQUESTER', ${JSON.stringify(audit)}::jsonb, ${at}::timestamptz)`;
      return { accepted: true as const, caseId: created.id };
    });
  } catch (error) {
    removeFiles(written);
    rethrowCalendarError(error);
  }
}
