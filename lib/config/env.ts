import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./config-error";
import { secureDataDir } from "./data-dir";
import { embeddedSecrets } from "./secrets-file";

export { ConfigError } from "./config-error";

const BASE64_KEY = "[A-Za-z0-9+/]{43}=";

/**
 * The one place configuration is read. Everything has an embedded default so a fresh clone runs with no
 * settings; with PostgreSQL in production, missing secrets stop the start (they must not be generated
 * per machine when several instances share one database).
 */
const rawEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .regex(new RegExp(`^${BASE64_KEY}$`), "must be 32 bytes, base64-encoded")
    .optional(),
  /** Previous data encryption keys, still readable while values are re-encrypted (npm run keys:rotate). */
  DATA_ENCRYPTION_OLD_KEYS: z
    .string()
    .regex(
      new RegExp(`^\\s*${BASE64_KEY}(\\s*,\\s*${BASE64_KEY})*\\s*$`),
      "must be 32-byte base64 keys separated by commas",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Rightsdesk <privacy@rightsdesk.local>"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** How long a worker owns the emails it claimed; a crashed worker's emails are sent again after it. */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(300_000),
  /** Public intake limits: submissions per IP per hour, and per email address per day. */
  INTAKE_LIMIT_PER_IP_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(10),
  INTAKE_LIMIT_PER_EMAIL_DAY: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** Opening pages reached by a secret link (status, verification, customer, invitation): per IP per minute. */
  TOKEN_LOOKUPS_PER_IP_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** Customer-name suggestions on the public form: lookups per IP per minute. */
  CUSTOMER_SUGGESTIONS_PER_IP_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
  /** From this hour of the UTC day the periodic sweep queues the privacy officers' daily digest (once a day). */
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
  WORKER_IN_SERVER: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type AppEnv = Omit<
  z.infer<typeof rawEnvSchema>,
  "AUTH_SECRET" | "DATA_ENCRYPTION_KEY" | "DATA_ENCRYPTION_OLD_KEYS"
> & {
  AUTH_SECRET: string;
  DATA_ENCRYPTION_KEY: string;
  /** Keys that stay readable besides the current one: from the environment and the secrets file. */
  DATA_ENCRYPTION_OLD_KEYS: string[];
  /** Where the current key comes from: an operator-set variable, or DATA_DIR/secrets.json (embedded default). */
  encryptionKeySource: "environment" | "secrets-file";
  dataDir: string;
  isEmbedded: boolean;
};

export function parseEnv(source: Record<string, string | undefined>): AppEnv {
  assertEnvShape(source);
  const raw = rawEnvSchema.parse(source);
  const dataDir = path.resolve(raw.DATA_DIR);
  // Before anything is written there (the secrets below, then the database, uploads, mail).
  secureDataDir(dataDir);
  const isEmbedded = !raw.DATABASE_URL;
  let { AUTH_SECRET, DATA_ENCRYPTION_KEY } = raw;
  const encryptionKeySource = DATA_ENCRYPTION_KEY ? "environment" : "secrets-file";
  const oldKeys = oldKeysInEnvironment(raw.DATA_ENCRYPTION_OLD_KEYS);
  if (!AUTH_SECRET || !DATA_ENCRYPTION_KEY) {
    if (!isEmbedded && raw.NODE_ENV === "production") {
      const missing = [!AUTH_SECRET && "AUTH_SECRET", !DATA_ENCRYPTION_KEY && "DATA_ENCRYPTION_KEY"]
        .filter(Boolean)
        .join(" and ");
      throw new ConfigError(
        `${missing} must be set when running on PostgreSQL in production (every instance needs the same value).`,
      );
    }
    const stored = embeddedSecrets(dataDir);
    AUTH_SECRET ??= stored.AUTH_SECRET;
    DATA_ENCRYPTION_KEY ??= stored.DATA_ENCRYPTION_KEY;
    oldKeys.push(...(stored.DATA_ENCRYPTION_OLD_KEYS ?? []));
  }
  const DATA_ENCRYPTION_OLD_KEYS = [...new Set(oldKeys)].filter((k) => k && k !== DATA_ENCRYPTION_KEY);
  return {
    ...raw,
    AUTH_SECRET,
    DATA_ENCRYPTION_KEY,
    DATA_ENCRYPTION_OLD_KEYS,
    encryptionKeySource,
    dataDir,
    isEmbedded,
  };
}

/** The keys listed in DATA_ENCRYPTION_OLD_KEYS (comma-separated), without those from the secrets file. */
export function oldKeysInEnvironment(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
}

/**
 * Checks the variables' shape only (no secrets generated, nothing written): next.config calls it so a
 * bad setting fails the build with the same message the server would give.
 */
export function assertEnvShape(source: Record<string, string | undefined>): void {
  const parsed = rawEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
}

let cached: AppEnv | undefined;

/** The validated configuration of this process (read once). */
export function env(): AppEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change the environment between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}
