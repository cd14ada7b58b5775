import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config/env";

const scratch = () => mkdtempSync(path.join(tmpdir(), "rd-env-"));

describe("configuration", () => {
  it("needs nothing on the embedded default: secrets are generated once into DATA_DIR with mode 0600", () => {
    const dir = scratch();
    const first = parseEnv({ DATA_DIR: dir });
    const file = path.join(dir, "secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.isEmbedded).toBe(true);
    expect(Buffer.from(first.DATA_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    const second = parseEnv({ DATA_DIR: dir });
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ AUTH_SECRET: first.AUTH_SECRET });
  });

  it("stops a production start on PostgreSQL without secrets, naming the variable", () => {
    const attempt = () =>
      parseEnv({
        NODE_ENV: "production",
        DATA_DIR: scratch(),
        DATABASE_URL: "postgresql://localhost/x",
        DATA_ENCRYPTION_KEY: "A".repeat(43) + "=",
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/AUTH_SECRET/);
    expect(attempt).not.toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it("rejects a database URL that is not PostgreSQL with a specific message", () => {
    expect(() => parseEnv({ DATA_DIR: scratch(), DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must start with postgres/,
    );
  });

  it("reads old encryption keys from DATA_ENCRYPTION_OLD_KEYS and the secrets file, and rejects a malformed list", () => {
    const [k1, k2, k3] = ["A", "B", "C"].map((c) => c.repeat(43) + "=");
    const dir = scratch();
    const secrets = { AUTH_SECRET: "s".repeat(43), DATA_ENCRYPTION_KEY: k1, DATA_ENCRYPTION_OLD_KEYS: [k2] };
    writeFileSync(path.join(dir, "secrets.json"), JSON.stringify(secrets), { mode: 0o600 });
    const config = parseEnv({ DATA_DIR: dir, DATA_ENCRYPTION_OLD_KEYS: ` ${k3}, ${k1}` });
    expect(config).toMatchObject({ DATA_ENCRYPTION_KEY: k1, encryptionKeySource: "secrets-file" });
    expect(config.DATA_ENCRYPTION_OLD_KEYS).toEqual([k3, k2]); // the current key is never an "old" one
    expect(() => parseEnv({ DATA_DIR: dir, DATA_ENCRYPTION_OLD_KEYS: `${k2};${k3}` })).toThrow(
      /DATA_ENCRYPTION_OLD_KEYS: must be 32-byte base64 keys separated by commas/,
    );
  });
});
