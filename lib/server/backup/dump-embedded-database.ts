import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";

/*
 * pg_dump compiled to WebAssembly (@electric-sql/pglite-tools) talks to the live PGlite instance through
 * its wire protocol. Three things make that safe in a server that keeps serving requests:
 *
 * - PGlite has one session. The dump runs holding PGlite's transaction lock, which every query and every
 *   transaction of the app takes, so no transaction of the app is open when pg_dump starts and none can
 *   start until it has finished: the snapshot holds exactly the transactions committed before it.
 * - pg_dump's own statements must not take that lock again (it is not re-entrant): its few calls outside
 *   the wire protocol (SHOW search_path, DEALLOCATE ALL, SET search_path) go through `sessionSql`, which
 *   sends a simple query on the same session without the lock.
 * - pg_dump leaves its read-only REPEATABLE READ transaction open and its session settings changed (the
 *   emulated disconnect never reaches the backend). Afterwards the session is rolled back and every
 *   setting restored to what it was, so the app's next query finds the session as it left it.
 *
 * pg_dump itself runs synchronously, so the server answers nothing while it runs (about a second per
 * few thousand cases); requests wait and then proceed.
 */

interface Rows {
  rows: Record<string, string | null>[];
}

function queryMessage(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0, "ascii");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

/** A simple-protocol query on PGlite's session, bypassing its locks (only while holding them). */
async function sessionSql(pglite: PGlite, sql: string): Promise<Rows> {
  const { messages } = await pglite.execProtocol(queryMessage(sql), { syncToFs: false });
  let names: string[] = [];
  const rows: Record<string, string | null>[] = [];
  for (const message of messages) {
    if (message.name === "rowDescription")
      names = (message as unknown as { fields: { name: string }[] }).fields.map((f) => f.name);
    if (message.name === "dataRow") {
      const fields = (message as unknown as { fields: (string | null)[] }).fields;
      rows.push(Object.fromEntries(names.map((name, i) => [name, fields[i] ?? null])));
    }
  }
  return { rows };
}

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

async function sessionSettings(pglite: PGlite): Promise<Map<string, string>> {
  const { rows } = await sessionSql(pglite, "SELECT name, setting FROM pg_settings WHERE source = 'session'");
  return new Map(rows.map((r) => [r.name!, r.setting ?? ""]));
}

async function restoreSession(pglite: PGlite, before: Map<string, string>): Promise<void> {
  if (pglite.isInTransaction()) await sessionSql(pglite, "ROLLBACK");
  const after = await sessionSettings(pglite);
  for (const [name, value] of after) {
    if (before.get(name) === value) continue;
    await sessionSql(
      pglite,
      before.has(name)
        ? `SELECT pg_catalog.set_config(${quote(name)}, ${quote(before.get(name)!)}, false)`
        : `SELECT pg_catalog.set_config(${quote(name)}, reset_val, false) FROM pg_settings WHERE name = ${quote(name)}`,
    );
  }
}

/**
 * A consistent pg_dump (plain SQL, INSERT statements, no owners or privileges) of the embedded database,
 * taken on the live instance without stopping the app.
 */
export async function dumpEmbeddedDatabase(pglite: PGlite): Promise<string> {
  await pglite.waitReady;
  return pglite._runExclusiveTransaction(async () => {
    const before = await sessionSettings(pglite);
    const session = {
      query: (sql: string) => sessionSql(pglite, sql),
      exec: (sql: string) => sessionSql(pglite, sql),
      execProtocolRawStream: pglite.execProtocolRawStream.bind(pglite),
    } as unknown as PGlite;
    try {
      const file = await pgDump({ pg: session, args: ["--no-owner", "--no-privileges"] });
      return await file.text();
    } finally {
      await restoreSession(pglite, before);
    }
  });
}
