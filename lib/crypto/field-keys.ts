import "server-only";
import { parseEnv, type AppEnv } from "@/lib/config/env";
import { encryptionKeyFrom, type EncryptionKey } from "./field-encryption";

/** The keys for encrypted fields: new values are written under `current`; any of `readable` decrypts. */
export interface FieldKeys {
  current: EncryptionKey;
  /** Previous keys still accepted for reading (during a rotation), never used to write. */
  old: EncryptionKey[];
  /** `current` first, then `old`. */
  readable: EncryptionKey[];
}

export function fieldKeysFrom(config: Pick<AppEnv, "DATA_ENCRYPTION_KEY" | "DATA_ENCRYPTION_OLD_KEYS">): FieldKeys {
  const current = encryptionKeyFrom(config.DATA_ENCRYPTION_KEY);
  const old: EncryptionKey[] = [];
  for (const base64 of config.DATA_ENCRYPTION_OLD_KEYS) {
    const key = encryptionKeyFrom(base64);
    if (key.id !== current.id && !old.some((k) => k.id === key.id)) old.push(key);
  }
  return { current, old, readable: [current, ...old] };
}

// On globalThis, like the database connection: the server's maintenance socket (started from
// instrumentation) and the request handlers may be separate bundles, and a rotation must switch both.
const holder = globalThis as unknown as { __rightsdeskFieldKeys?: FieldKeys };

/** This process's field keys. Read them here, not from env().DATA_ENCRYPTION_KEY: a rotation replaces them. */
export function fieldKeys(): FieldKeys {
  holder.__rightsdeskFieldKeys ??= fieldKeysFrom(parseEnv(process.env));
  return holder.__rightsdeskFieldKeys;
}

/** Reads the keys again (the environment and DATA_DIR/secrets.json): after the secrets file changed, or in tests. */
export function reloadFieldKeys(): FieldKeys {
  holder.__rightsdeskFieldKeys = fieldKeysFrom(parseEnv(process.env));
  return holder.__rightsdeskFieldKeys;
}
