import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { mailboxTransport, mailDirOf } from "@/lib/email/transport";
import { writeUpload } from "@/lib/server/uploads/upload-store";

/**
 * DATA_DIR holds the embedded database (whose WAL carries names and email addresses), uploads, secrets and
 * mail. Whatever umask the shell gives (0022 here, as most shells do), nothing in it may be open to the
 * group or other users, and a DATA_DIR that is open to them stops the start.
 */
const root = mkdtempSync(path.join(tmpdir(), "rightsdesk-modes-"));
const shellUmask = process.umask(0o022);

const modeOf = (file: string) => statSync(file).mode & 0o777;

/** Every entry under `dir` (and `dir` itself) with its mode, as "path 0644" lines for readable failures. */
function modes(dir: string): string[] {
  const lines = [`${dir} ${modeOf(dir).toString(8)}`];
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name);
    if (statSync(entry).isDirectory()) lines.push(...modes(entry));
    else lines.push(`${entry} ${modeOf(entry).toString(8)}`);
  }
  return lines;
}

/** The entries the group or others may open: none is the only right answer. */
const shared = (dir: string) =>
  modes(dir).filter((line) => (Number.parseInt(line.split(" ").at(-1)!, 8) & 0o077) !== 0);

function runScript(script: string, dataDir: string) {
  return spawnSync("npx", ["tsx", "--tsconfig", "tsconfig.node.json", `scripts/${script}`], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

describe("DATA_DIR is private to the app's user", () => {
  // Each test starts as a process under an ordinary shell's umask would.
  beforeEach(() => {
    process.umask(0o022);
  });
  afterAll(() => {
    process.umask(shellUmask);
  });

  it("creates an empty DATA_DIR 0700 and keeps the database's files, its WAL and later files 0600", async () => {
    const dataDir = path.join(root, "database");
    // npm run db:migrate opens a new embedded database (initdb) and writes the schema.
    const migrated = runScript("migrate.ts", dataDir);
    expect(migrated.stderr).toBe("");
    expect(migrated.status).toBe(0);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(shared(dataDir)).toEqual([]);

    // Then a process writes about 20 MB: new relation files, and the WAL fills its 16 MB segment and starts another.
    process.umask(0o022);
    const config = parseEnv({ DATA_DIR: dataDir });
    const connection = connect(databaseTarget(undefined, config.dataDir));
    try {
      await connection.prisma.$executeRawUnsafe(
        "CREATE TABLE filler AS SELECT g AS id, repeat(md5(g::text), 32) AS v FROM generate_series(1, 20000) g",
      );
    } finally {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
    }
    const walSegments = readdirSync(path.join(dataDir, "db", "pg_wal")).filter((f) => /^[0-9A-F]{24}$/.test(f));
    expect(walSegments.length).toBeGreaterThan(1);
    expect(shared(dataDir)).toEqual([]);
  }, 180_000);

  it("writes the secrets file, uploads and development mail 0600 in 0700 folders", async () => {
    const config = parseEnv({ DATA_DIR: path.join(root, "files") });
    const upload = writeUpload(config.dataDir, randomUUID(), randomUUID(), Buffer.from("%PDF-1.4\n"));
    const mail = mailboxTransport(mailDirOf(config.dataDir));
    await mail.send({
      from: "privacy@example.com",
      to: "person@example.com",
      subject: "Hello",
      text: "Hello",
      html: "<p>Hello</p>",
      messageId: "<hello@example.com>",
    });
    mail.close();
    expect(modeOf(path.join(config.dataDir, "secrets.json"))).toBe(0o600);
    expect(modeOf(upload)).toBe(0o600);
    expect(readdirSync(mailDirOf(config.dataDir))).toHaveLength(1);
    expect(shared(config.dataDir)).toEqual([]);
  });

  it("makes private what an older version left open inside a private DATA_DIR", () => {
    const dataDir = path.join(root, "older");
    mkdirSync(path.join(dataDir, "db", "pg_wal"), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o700);
    writeFileSync(path.join(dataDir, "db", "pg_wal", "000000010000000000000001"), "", { mode: 0o666 });
    parseEnv({ DATA_DIR: dataDir });
    expect(shared(dataDir)).toEqual([]);
  });

  it("refuses to start on a DATA_DIR the group or other users can open, naming it and the fix", () => {
    for (const mode of [0o755, 0o777, 0o750]) {
      const dataDir = path.join(root, `open-${mode.toString(8)}`);
      mkdirSync(dataDir);
      chmodSync(dataDir, mode);
      const attempt = () => parseEnv({ DATA_DIR: dataDir });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(`DATA_DIR ${dataDir} has mode 0${mode.toString(8)}`);
      expect(attempt).toThrow(`chmod -R go-rwx ${dataDir}`);
      // Nothing was written into it, nor its mode changed behind the operator's back.
      expect(readdirSync(dataDir)).toEqual([]);
      expect(modeOf(dataDir)).toBe(mode);
    }
  });

  it("npm start refuses such a DATA_DIR before opening anything", async () => {
    const dataDir = path.join(root, "open-start");
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    // In its own process group, so that a start that wrongly went ahead (npx, next) is ended with it.
    const child = spawn("npx", ["tsx", "--tsconfig", "tsconfig.node.json", "scripts/start.ts"], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent", PORT: "0" },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 60_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone, as it should be
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`Refusing to start: DATA_DIR ${dataDir} has mode 0755`);
    expect(stderr).toContain(`chmod -R go-rwx ${dataDir}`);
    expect(readdirSync(dataDir)).toEqual([]);
  }, 120_000);
});
