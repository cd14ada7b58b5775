import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";

import { env } from "@/lib/config/env";
import { hashCode, newCode, newLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/typed-rows";
import { localDateOf } from "@/lib/domain/deadlines";
import { requestSchema } from "@/lib/domain/intake/request-schema";
import { regimeForResidence } from "@/lib/domain/intake/regime-for-residence";
import { outboxEmailSql, type QueuedEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { insertRowSql, insertRowsSql } from "@/lib/db/insert-sql";
import { Prisma } from "@/lib/db/generated/client";
import { newCaseSql, type NewCase } from "@/lib/server/cases/insert-case";
import { auditEventSql, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import {
  deadlineSettingsCheckSql,
  isStaleDeadlineSettings,
  lastPolicyWithCalendars,
  loadPolicyWithCalendars,
  type PolicyWithCalendars,
} from "@/lib/server/deadlines/policy-store";
import { rethrowCalendarError } from "@/lib/server/deadlines/calendar-error";
import { parseInput } from "@/lib/server/parse-input";
import { addressKey } from "@/lib/server/rate-limit/address-key";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";
import { caseAbout, checkSubjectAge, requesterRecord, uploadPurposeOf } from "./request-records";
import { checkUploads, type IncomingFile } from "@/lib/server/uploads/check-upload";
import { writeUploadFiles } from "@/lib/server/uploads/save-uploads";
import { removeFiles } from "@/lib/server/uploads/upload-store";
import { verificationEmailQuotaSql } from "./verification-limits";

export const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

/** What the intake's statement returns: whether the mailbox's daily cap let the email in. */
const intakeResultRow = z.object({ emailQueued: z.boolean() });

export interface Submission {
  request: unknown;
  files?: IncomingFile[];
  channel: "WEB" | "API";
  /** For the per-IP limit; never stored. */
  ip: string;
}

export type SubmissionResult = {
  accepted: true;
  caseId: string | null;
  /**
   * The mailbox already had VERIFICATION_EMAILS_PER_ADDRESS_DAY verification emails today: the request is
   * recorded, but no email was queued for it (the person uses a code already received, or asks again
   * tomorrow).
   */
  verificationEmailHeld: boolean;
  /** The requester's language, for the answer. */
  locale: "en" | "zh";
};

/**
 * A request from the public form or the JSON API. Everything is checked before anything is written;
 * then one statement writes the requester (phone, address and a minor's date of birth encrypted), the
 * case (UNVERIFIED, the clock started now), the uploads, the verification, the audit event and the
 * verification email (unless the mailbox had its day's verification emails). A filled honeypot is answered
 * like a success and writes nothing.
 */
export async function submitRequest(submission: Submission, now = new Date()): Promise<SubmissionResult> {
  const config = env();
  const raw = submission.request as { website?: unknown } | null;
  if (raw && typeof raw === "object" && typeof raw.website === "string" && raw.website !== "") {
    return { accepted: true, caseId: null, verificationEmailHeld: false, locale: "en" };
  }
  const request = parseInput(requestSchema, submission.request);
  checkSubjectAge(request, localDateOf(now, "UTC"));
  const uploads = checkUploads(submission.files ?? []);
  if (uploads.errors.length) throw new AppError("VALIDATION", "problems.checkFiles", { files: uploads.errors });

  const prisma = db();
  await hitRateLimits(
    prisma,
    [
      {
        key: `intake:ip:${submission.ip}`,
        limit: config.INTAKE_LIMIT_PER_IP_HOUR,
        windowMs: 60 * 60 * 1000,
        message: "problems.tooManyFromNetwork",
      },
      // Keyed on the address and the client together: submissions naming someone's address from other
      // clients must not use up that person's own allowance (their inbox has its own cap below).
      {
        key: `intake:email-client:${addressKey(request.requester.email)}:${submission.ip}`,
        limit: config.INTAKE_LIMIT_PER_EMAIL_DAY,
        windowMs: 24 * 60 * 60 * 1000,
        message: "problems.tooManyForAddress",
      },
    ],
    now,
  );

  const written: string[] = [];
  try {
    const contact = request.requester;
    const requester = { id: randomUUID(), ...requesterRecord(request) };
    const newCase: NewCase = {
      type: request.type,
      regime: regimeForResidence(contact.country, contact.region),
      channel: submission.channel,
      receivedAt: now,
      requesterId: requester.id,
      status: "UNVERIFIED",
      about: caseAbout(request),
    };
    const caseId = randomUUID();
    const at = new Date();
    const files = writeUploadFiles(caseId, uploads.files, uploadPurposeOf(request), written);
    const mailQuota = verificationEmailQuotaSql(contact.email, now);
    const link = newLinkToken();
    const code = newCode();
    const email: QueuedEmail<"requester-verification"> = {
      template: "requester-verification",
      to: contact.email,
      locale: contact.locale,
      caseId,
      payload: { token: link.token, code },
    };
    const verification = {
      caseId,
      tokenHash: link.hash,
      codeHash: hashCode(code, caseId),
      expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS),
      createdAt: at,
    };
    const audit: AuditEventInput = {
      type: "case.submitted",
      caseId,
      actorKind: "REQUESTER",
      data: {
        channel: submission.channel,
        type: request.type,
        relationship: request.relationship,
        uploads: files.length,
      },
    };
    // One statement writes everything (atomic on its own, so no transaction round trips): the reference,
    // the requester, the case, its uploads, the verification, its email and the audit event. The case's
    // deadline comes from the policy and calendars read last; the statement fails if they changed since,
    // and is then written again with what is current. The email is inserted only if the mailbox's daily
    // count of verification emails took it (mail_quota returns a row), and the audit event says when not.
    const write = async (settings: PolicyWithCalendars) => {
      const created = newCaseSql(
        newCase,
        settings,
        { id: caseId, at, lastUploadNumber: files.length },
        { after: "settings", referenceCte: "ref" },
      );
      const [row] = await queryRows(
        prisma,
        intakeResultRow,
        Prisma.sql`
        WITH settings AS (${deadlineSettingsCheckSql(settings.version)}),
          ref AS (${created.reference}),
          requester AS (${insertRowSql("Requester", requester)}),
          created AS (${created.insert}),
          uploads AS (${files.length ? insertRowsSql("Upload", files) : Prisma.sql`SELECT 1`}),
          verification AS (${insertRowSql("CaseVerification", verification)}),
          mail_quota AS (${mailQuota}),
          email AS (${outboxEmailSql(email, at, { from: "mail_quota" })})
        ${auditEventSql(audit, at, {
          addData: Prisma.sql`CASE WHEN EXISTS (SELECT FROM mail_quota)
            THEN '{}'::jsonb ELSE '{"verificationEmail": "held"}'::jsonb END`,
        })}
        RETURNING EXISTS (SELECT FROM mail_quota) AS "emailQueued"`,
      );
      return row!.emailQueued;
    };
    const last = lastPolicyWithCalendars(newCase.regime);
    let emailQueued: boolean;
    try {
      emailQueued = await write(last ?? (await loadPolicyWithCalendars(prisma, newCase.regime)));
    } catch (error) {
      if (!last || !isStaleDeadlineSettings(error)) throw error;
      emailQueued = await write(await loadPolicyWithCalendars(prisma, newCase.regime));
    }
    return { accepted: true, caseId, verificationEmailHeld: !emailQueued, locale: contact.locale };
  } catch (error) {
    removeFiles(written);
    rethrowCalendarError(error);
  }
}
