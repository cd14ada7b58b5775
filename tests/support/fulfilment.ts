import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { RequestType } from "@/lib/db/generated/enums";
import { encryptField } from "@/lib/crypto/field-encryption";
import { fieldKeys } from "@/lib/crypto/field-keys";
import { hashToken } from "@/lib/crypto/tokens";
import { newApiToken, newSigningSecret } from "@/lib/server/systems/system-secrets";
import { enqueueWebhookDelivery } from "@/lib/server/webhooks/enqueue-delivery";

export { newSigningSecret };

/**
 * A WEBHOOK system with one signing secret and one API token, written directly (the registry's use-cases
 * are another part of the work). It takes part in no request type, so confirming a case makes no task for
 * it: tests add the tasks they need with `addWebhookTask`.
 */
export async function createWebhookSystem(
  prisma: Db,
  options: { url: string; name?: string; active?: boolean },
): Promise<{ id: string; signingSecret: string; apiToken: string }> {
  const system = await prisma.dataSystem.create({
    data: {
      name: options.name ?? `System ${randomBytes(4).toString("hex")}`,
      reach: "WEBHOOK",
      webhookUrl: options.url,
      active: options.active ?? true,
    },
  });
  const signingSecret = await addSigningSecret(prisma, system.id);
  const apiToken = await addApiToken(prisma, system.id);
  return { id: system.id, signingSecret, apiToken };
}

export async function addSigningSecret(prisma: Db, systemId: string, retiresAt: Date | null = null): Promise<string> {
  const secret = newSigningSecret();
  await prisma.systemSecret.create({
    data: {
      systemId,
      kind: "WEBHOOK_SIGNING",
      secretEncrypted: encryptField(secret, fieldKeys().current),
      hint: secret.slice(0, 10),
      retiresAt,
    },
  });
  return secret;
}

export async function addApiToken(prisma: Db, systemId: string, retiresAt: Date | null = null): Promise<string> {
  const token = newApiToken();
  await prisma.systemSecret.create({
    data: { systemId, kind: "API_TOKEN", tokenHash: hashToken(token), hint: token.slice(0, 8), retiresAt },
  });
  return token;
}

/** An OPEN task of the case for the system, with its task.created delivery queued in the same transaction. */
export async function addWebhookTask(
  prisma: Db,
  caseId: string,
  systemId: string,
  kind: RequestType,
): Promise<{ taskId: string; deliveryId: string }> {
  return prisma.$transaction(async (tx) => {
    const task = await tx.fulfilmentTask.create({ data: { caseId, systemId, kind } });
    const delivery = await enqueueWebhookDelivery(
      tx,
      { systemId, taskId: task.id, eventType: "task.created" },
      new Date(),
    );
    return { taskId: task.id, deliveryId: delivery.id };
  });
}
