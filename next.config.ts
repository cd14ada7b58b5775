import type { NextConfig } from "next";
import { buildOutput } from "./lib/config/build-output";
import { buildEnv } from "./lib/config/env";
import { MAX_FORM_BODY_BYTES } from "./lib/http/body-limits";
import { securityHeaders, TOKEN_PAGES } from "./lib/http/security-headers";

// Checks every variable's shape, so a bad setting fails the build with the server's message.
const { distDir, pageExtensions } = buildOutput(buildEnv(process.env));

const nextConfig: NextConfig = {
  // Production builds never contain the benchmark's routes (*.bench.ts): see lib/config/build-output.ts.
  distDir,
  pageExtensions,
  // Native and WebAssembly packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-tools",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "nodemailer",
    "mailparser",
  ],
  poweredByHeader: false,
  // Forms post up to 3 files of 10 MB with their fields. The proxy sees a page's body before its action
  // does, so both must admit the same size (proxy.ts refuses larger bodies with 413).
  experimental: {
    serverActions: { bodySizeLimit: MAX_FORM_BODY_BYTES },
    proxyClientMaxBodySize: MAX_FORM_BODY_BYTES,
  },
  typedRoutes: false,
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      ...TOKEN_PAGES.map((source) => ({ source, headers: [{ key: "Referrer-Policy", value: "no-referrer" }] })),
    ]);
  },
};

export default nextConfig;
