import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./config-error";

/*
 * The embedded default's secrets, generated once into DATA_DIR/secrets.json (mode 0600). During a key
 * rotation the file also lists the previous data encryption keys, which stay readable until every value
 * has been re-encrypted and the operator retires them (npm run keys:rotate -- --retire-old-keys).
 */

const storedSecretsSchema = z.object({
  AUTH_SECRET: z.string().min(32),
  DATA_ENCRYPTION_KEY: z.string().min(44),
  DATA_ENCRYPTION_OLD_KEYS: z.array(z.string().min(44)).optional(),
});

export type StoredSecrets = z.infer<typeof storedSecretsSchema>;

export function secretsFilePath(dataDir: string): string {
  return path.join(dataDir, "secrets.json");
}

function readSecretsFile(dataDir: string): StoredSecrets {
  const file = secretsFilePath(dataDir);
  const parsed = storedSecretsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new ConfigError(`${file} is damaged: delete it only if no data depends on it`);
  return parsed.data;
}

/** Replaces the file whole (a new file renamed over the old one), so a crash never leaves half a key. */
function writeSecretsFile(dataDir: string, secrets: StoredSecrets): void {
  const file = secretsFilePath(dataDir);
  const draft = `${file}.${process.pid}.new`;
  writeFileSync(draft, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag: "w" });
  chmodSync(draft, 0o600);
  renameSync(draft, file);
}

/** Reads the embedded default's secrets, generating them on first use. */
export function embeddedSecrets(dataDir: string): StoredSecrets {
  if (existsSync(secretsFilePath(dataDir))) return readSecretsFile(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secrets: StoredSecrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  const file = secretsFilePath(dataDir);
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secrets;
}

/**
 * Starts a rotation in the secrets file: a new key becomes the current one and the current one joins the
 * old keys. Does nothing while old keys are still listed (a rotation not yet finished and retired), so
 * running the command again resumes the same rotation instead of stacking keys. Returns whether it began one.
 */
export function beginSecretsFileRotation(dataDir: string): boolean {
  const secrets = embeddedSecrets(dataDir);
  if ((secrets.DATA_ENCRYPTION_OLD_KEYS ?? []).length > 0) return false;
  writeSecretsFile(dataDir, {
    ...secrets,
    DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    DATA_ENCRYPTION_OLD_KEYS: [secrets.DATA_ENCRYPTION_KEY],
  });
  return true;
}

/** Removes the old keys from the secrets file (the caller has checked that no value still needs them). */
export function retireSecretsFileOldKeys(dataDir: string): void {
  const { DATA_ENCRYPTION_OLD_KEYS: _retired, ...rest } = embeddedSecrets(dataDir);
  writeSecretsFile(dataDir, rest);
}
