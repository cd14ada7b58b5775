import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Encryption at rest for personal fields beyond the email (phone, postal address, date of birth):
 * AES-256-GCM with a random 96-bit nonce. The stored text names the key it was made with
 * ("v1.<keyId>.<nonce>.<ciphertext+tag>", base64url), so keys can rotate: old rows stay readable while
 * they are re-encrypted under the new key.
 */
export interface EncryptionKey {
  /** Short, non-secret: the first 8 hex digits of the key's SHA-256. */
  id: string;
  key: Buffer;
}

export function encryptionKeyFrom(base64: string): EncryptionKey {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error("DATA_ENCRYPTION_KEY must be 32 bytes (base64)");
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 8), key };
}

export function encryptField(plaintext: string, key: EncryptionKey): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, nonce);
  cipher.setAAD(Buffer.from(key.id));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return ["v1", key.id, nonce.toString("base64url"), body.toString("base64url")].join(".");
}

export function keyIdOf(stored: string): string {
  const [version, keyId] = stored.split(".");
  if (version !== "v1" || !keyId) throw new Error("not an encrypted field");
  return keyId;
}

/** Decrypts with whichever of the given keys made the value; a tampered value fails authentication. */
export function decryptField(stored: string, keys: EncryptionKey[]): string {
  const [version, keyId, nonce, body] = stored.split(".");
  if (version !== "v1" || !keyId || !nonce || !body) throw new Error("not an encrypted field");
  const key = keys.find((k) => k.id === keyId);
  if (!key) throw new Error(`no key ${keyId} to decrypt this field`);
  const data = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(nonce, "base64url"));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
}
