import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

/**
 * Prisma's schema engine compiled to WebAssembly. The native engine cannot be downloaded on machines
 * without network, and this one does the same work (applyMigrations records into `_prisma_migrations`,
 * so the native `prisma migrate deploy` stays compatible). Its package targets bundlers, so it is
 * instantiated by hand here.
 */
interface EngineRuntime {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] },
      log: (message: string) => void,
      adapter: unknown,
    ) => Promise<SchemaEngine>;
  };
}

export interface SchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string }>;
  free?(): void;
}

let runtimePromise: Promise<EngineRuntime> | undefined;

async function loadRuntime(): Promise<EngineRuntime> {
  const require = createRequire(import.meta.url);
  const runtimePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const packageDir = path.dirname(runtimePath);
  const runtime = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineRuntime;
  const compiled = new WebAssembly.Module(readFileSync(path.join(packageDir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(compiled, {
    "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
  });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime;
}

export interface BoundEngine {
  engine: SchemaEngine;
  /** Turns the adapter's opaque "External error id#N" into the database's own message. */
  explain: (error: unknown) => string;
}

export async function openSchemaEngine(
  schemaPath: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<BoundEngine> {
  runtimePromise ??= loadRuntime();
  const runtime = await runtimePromise;
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const engine = await runtime.SchemaEngine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, "utf8")]] },
    () => {},
    bound,
  );
  return {
    engine,
    explain: (error: unknown): string => {
      const message = error instanceof Error ? error.message : String(error);
      const match = /External error id#(\d+)/.exec(message);
      if (!match) return message;
      const registered = bound.errorRegistry.consumeError(Number(match[1]));
      if (!registered) return message;
      const cause = registered.error as { message?: string; originalMessage?: string; kind?: string };
      return cause.originalMessage ?? cause.message ?? JSON.stringify(cause);
    },
  };
}
