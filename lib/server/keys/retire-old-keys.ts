import "server-only";
import { oldKeysInEnvironment, parseEnv } from "@/lib/config/env";
import { retireSecretsFileOldKeys } from "@/lib/config/secrets-file";
import { encryptionKeyFrom } from "@/lib/crypto/field-encryption";
import { reloadFieldKeys } from "@/lib/crypto/field-keys";
import type { Db } from "@/lib/db/client";
import { OperatorError } from "@/lib/errors/operator-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { countEncryptedValues, valuesNotUnder } from "./count-encrypted-values";

export interface RetiredKeys {
  /** Old keys removed from DATA_DIR/secrets.json. */
  retiredKeyIds: string[];
  /** Old keys set in DATA_ENCRYPTION_OLD_KEYS: only the operator can remove them (then restart). */
  stillInEnvironment: string[];
}

/**
 * `npm run keys:rotate -- --retire-old-keys`: forgets the previous keys once no stored value needs them.
 * Refuses while any value is under another key than the current one. Backups taken before the rotation
 * hold values under the old key: keep that key with them, or take a new backup first.
 */
export async function retireOldKeys(prisma: Db): Promise<RetiredKeys> {
  const config = parseEnv(process.env);
  const keys = reloadFieldKeys();
  const left = valuesNotUnder(await countEncryptedValues(prisma), keys.current.id);
  if (left > 0) {
    throw new OperatorError(`${left} values are still under an old key: run npm run keys:rotate first.`);
  }
  const fromEnvironment = oldKeysInEnvironment(process.env.DATA_ENCRYPTION_OLD_KEYS).map(
    (k) => encryptionKeyFrom(k).id,
  );
  const stillInEnvironment = [...new Set(fromEnvironment)].filter((id) => id !== keys.current.id);
  const retiredKeyIds = keys.old.map((k) => k.id).filter((id) => !stillInEnvironment.includes(id));
  if (retiredKeyIds.length > 0) {
    retireSecretsFileOldKeys(config.dataDir);
    reloadFieldKeys();
  }
  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "keys.retired",
      actorKind: "SYSTEM",
      data: { currentKeyId: keys.current.id, retiredKeyIds, stillInEnvironment },
    }),
  );
  return { retiredKeyIds, stillInEnvironment };
}
