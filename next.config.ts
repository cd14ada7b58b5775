import type { NextConfig } from "next";
import { assertEnvShape } from "./lib/config/env";
import { MAX_FORM_BODY_BYTES } from "./lib/http/body-limits";
import { securityHeaders, TOKEN_PAGES } from "./lib/http/security-headers";

assertEnvShape(process.env);

const nextConfig: NextConfig = {
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
