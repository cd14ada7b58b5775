import "server-only";
import { env } from "@/lib/config/env";
import { databaseTarget, openAdapter, type DatabaseTarget, type OpenedAdapter } from "./adapter";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
/** The client handed to a function inside `db().$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface Connection {
  prisma: PrismaClient;
  adapter: OpenedAdapter;
  target: DatabaseTarget;
}

// Kept on globalThis so Next's dev reloads reuse one connection (PGlite allows one holder per directory).
const holder = globalThis as unknown as { __rightsdeskDb?: Connection };

export function connect(target: DatabaseTarget): Connection {
  const adapter = openAdapter(target);
  return { prisma: new PrismaClient({ adapter: adapter.factory }), adapter, target };
}

/** The process's database client, created on first use from the configuration. */
export function db(): PrismaClient {
  if (!holder.__rightsdeskDb) {
    const config = env();
    holder.__rightsdeskDb = connect(databaseTarget(config.DATABASE_URL, config.dataDir));
  }
  return holder.__rightsdeskDb.prisma;
}

/** The connection behind db(), for tooling that needs the raw adapter (migrations, backups). */
export function currentConnection(): Connection {
  db();
  return holder.__rightsdeskDb!;
}

/** Replaces the process's connection (tests point it at their own database). */
export function setConnection(connection: Connection | undefined): void {
  holder.__rightsdeskDb = connection;
}

export async function disconnect(): Promise<void> {
  const current = holder.__rightsdeskDb;
  holder.__rightsdeskDb = undefined;
  if (current) {
    await current.prisma.$disconnect();
    await current.adapter.close();
  }
}
