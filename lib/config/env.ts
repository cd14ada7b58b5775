import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "../http/client-address";
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
/** How often each server and worker runs the audit sealer, unless AUDIT_SEAL_INTERVAL_MS says otherwise. */
export const DEFAULT_AUDIT_SEAL_INTERVAL_MS = 250;

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
  /**
   * Key of the hash that audit events keep instead of a searched email address (lib/crypto/search-hash.ts).
   * Unset: derived from AUTH_SECRET. Set it to keep old hashes checkable across a change of AUTH_SECRET.
   */
  AUDIT_SEARCH_KEY: z
    .string()
    .min(32, "must be at least 32 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** A bearer token that opens /api/health's full report (monitoring); without it anonymous callers get the status only. */
  HEALTH_TOKEN: z
    .string()
    .min(32, "must be at least 32 characters")
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
  /**
   * Public intake limits: submissions per IP per hour, and per email address and client address per day
   * (the pair, so that submissions naming someone else's address from elsewhere never use up theirs).
   */
  INTAKE_LIMIT_PER_IP_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(10),
  INTAKE_LIMIT_PER_EMAIL_DAY: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** Verification emails one mailbox may receive per UTC day; past it requests are recorded without one. */
  VERIFICATION_EMAILS_PER_ADDRESS_DAY: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Wrong verification codes per mailbox per UTC day, over all its requests; then code entry waits a day. */
  VERIFICATION_CODE_FAILURES_PER_ADDRESS_DAY: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** Status-page replies per case: per hour and per UTC day (over all the case's status links). */
  REPLIES_PER_CASE_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(10),
  REPLIES_PER_CASE_DAY: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** Files sent with status-page replies: per case in all, per case in 24 hours, and their total size. */
  REPLY_FILES_PER_CASE: z.coerce.number().int().min(0).max(1_000_000).default(20),
  REPLY_FILES_PER_CASE_DAY: z.coerce.number().int().min(0).max(1_000_000).default(10),
  REPLY_MB_PER_CASE: z.coerce.number().int().min(0).max(1_000_000).default(50),
  /** Opening pages reached by a secret link (status, verification, customer, invitation): per IP per minute. */
  TOKEN_LOOKUPS_PER_IP_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /**
   * Staff sign-in throttle (lib/auth/sign-in-throttle.ts): wrong passwords one address may try for one
   * account before it must wait; the wait then doubles from 30 s up to SIGN_IN_MAX_DELAY_SECONDS.
   */
  SIGN_IN_FAILURES_BEFORE_DELAY: z.coerce.number().int().min(1).max(100).default(3),
  /** At most a day: failures are forgotten a day after an address's last attempt on an account. */
  SIGN_IN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Failed sign-ins one address may make per hour across all accounts (password spraying). */
  SIGN_IN_FAILURES_PER_IP_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** Customer-name suggestions on the public form: lookups per IP per minute. */
  CUSTOMER_SUGGESTIONS_PER_IP_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /**
   * The result API (POST /api/v1/tasks/{id}/result): calls per client address and per API token per minute
   * (a refused token also counts against TOKEN_LOOKUPS_PER_IP_MINUTE).
   */
  TASK_RESULTS_PER_IP_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  TASK_RESULTS_PER_TOKEN_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  /**
   * Which proxies may name the client in X-Forwarded-For: empty (none: the socket's address is the
   * client), a hop count, or addresses and CIDR networks (lib/http/client-address.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      }
    }),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
  /** How often the audit sealer links newly committed audit events into the hash chain (the sealing lag). */
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(DEFAULT_AUDIT_SEAL_INTERVAL_MS),
  /** From this hour of the UTC day the periodic sweep queues the privacy officers' daily digest (once a day). */
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
  WORKER_IN_SERVER: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /**
   * Set by `npm run bench` only, for both its build and its server: the build then includes the
   * benchmark's routes and goes to a directory of its own (lib/config/build-output.ts).
   */
  BENCH_BUILD: z
    .enum(["true", "false"])
    .default("false")
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

/** What next.config needs to know at build time (lib/config/build-output.ts), checked like the rest. */
export function buildEnv(source: Record<string, string | undefined>): { benchBuild: boolean } {
  assertEnvShape(source);
  return { benchBuild: rawEnvSchema.parse(source).BENCH_BUILD };
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
