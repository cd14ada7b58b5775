import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests import server modules directly, outside Next.js: the marker's empty module (what Next.js
      // gives server code) instead of the one that throws (ARCHITECTURE.md "Server-only modules").
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: "silent" },
    setupFiles: ["tests/support/setup-env.ts"],
    // next-auth imports "next/server" without an extension; let Vite resolve it instead of Node.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});
