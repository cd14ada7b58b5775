import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { verifyIdentitySchema } from "@/lib/domain/cases/case-forms";
import { statusAfterWork } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { removeFiles, uploadPath } from "@/lib/server/uploads/upload-store";
import { changeCase } from "./change-case";

/**
 * Records that staff verified the requester's identity, or their authority as guardian or agent, and
 * how. Once checked, the proof documents themselves are not kept (data minimisation, GDPR art. 5(1)(c)):
 * for authority, the uploaded proof of guardianship or the authorization is deleted; only the method
 * and the time remain.
 */
export async function verifyIdentity(input: z.input<typeof verifyIdentitySchema>, actor: Actor, now = new Date()) {
  const discarded: string[] = [];
  const result = await changeCase(
    { actor, action: "verifyIdentity", schema: verifyIdentitySchema, input },
    async ({ tx, data, found }) => {
      if (data.what === "AUTHORITY" && found.relationship === "SELF") {
        throw new AppError("VALIDATION", "problems.checkFields", {
          what: ["authority_for_self"],
        });
      }
      const already = data.what === "IDENTITY" ? found.identityVerifiedAt : found.authorityVerifiedAt;
      if (already) throw new AppError("CONFLICT", "problems.alreadyVerified");
      const status = statusAfterWork(found.status);
      await tx.case.update({
        where: { id: found.id },
        data:
          data.what === "IDENTITY"
            ? { identityVerifiedAt: now, identityVerificationMethod: data.method, status }
            : { authorityVerifiedAt: now, authorityVerificationMethod: data.method, status },
      });
      const proofs =
        data.what === "AUTHORITY"
          ? await tx.upload.findMany({
              where: { caseId: found.id, purpose: { in: ["GUARDIANSHIP_PROOF", "AGENT_AUTHORIZATION"] } },
              select: { id: true },
            })
          : [];
      if (proofs.length) {
        await tx.upload.deleteMany({ where: { id: { in: proofs.map((p) => p.id) } } });
        discarded.push(...proofs.map((p) => uploadPath(env().dataDir, found.id, p.id)));
      }
      await recordAuditEvent(tx, {
        type: data.what === "IDENTITY" ? "case.identity_verified" : "case.authority_verified",
        ...staffEvent(actor),
        caseId: found.id,
        data: { method: data.method, documentsDiscarded: proofs.length },
      });
      return { what: data.what };
    },
  );
  // Files go only once the transaction has committed: a rolled-back check keeps its documents.
  removeFiles(discarded);
  return result;
}
