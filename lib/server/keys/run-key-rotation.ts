import "server-only";
import { parseEnv } from "@/lib/config/env";
import { beginSecretsFileRotation } from "@/lib/config/secrets-file";
import { reloadFieldKeys } from "@/lib/crypto/field-keys";
import type { Db } from "@/lib/db/client";
import { rotateEncryptionKeys, type KeyRotationResult } from "./rotate-encryption-keys";

export interface KeyRotationRun extends KeyRotationResult {
  /** The current key lives in DATA_DIR/secrets.json (embedded default) or in DATA_ENCRYPTION_KEY. */
  keySource: "environment" | "secrets-file";
  /** A new key was generated into secrets.json by this run (false when resuming, or with an operator-set key). */
  newKeyGenerated: boolean;
  /** Old keys still configured as readable: retire them once a backup taken after the rotation exists. */
  oldKeyIds: string[];
}

/**
 * `npm run keys:rotate`. With the embedded default's secrets file, first starts a rotation there (a new
 * current key; the previous one kept readable) unless one is still unretired, then switches this process's
 * keys, so new writes use the new key before the first row is re-encrypted. With an operator-set
 * DATA_ENCRYPTION_KEY the operator has already done that step (new key, old one in
 * DATA_ENCRYPTION_OLD_KEYS, every instance restarted). Then re-encrypts everything under the current key.
 */
export async function runKeyRotation(prisma: Db): Promise<KeyRotationRun> {
  const config = parseEnv(process.env);
  const newKeyGenerated = config.encryptionKeySource === "secrets-file" && beginSecretsFileRotation(config.dataDir);
  const keys = reloadFieldKeys();
  const result = await rotateEncryptionKeys(prisma, keys);
  return {
    ...result,
    keySource: config.encryptionKeySource,
    newKeyGenerated,
    oldKeyIds: keys.old.map((k) => k.id),
  };
}
