import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI looks for its native schema engine on every command and would try to download it.
// generate/validate/format only need the WebAssembly parts, so point the check at any existing file.
// Migrations never use the CLI here: they run through lib/db/migrations (WebAssembly schema engine).
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.resolve("package.json");
  if (existsSync(placeholder)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
