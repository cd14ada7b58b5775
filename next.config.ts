import type { NextConfig } from "next";
import { assertEnvShape } from "./lib/config/env";
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
  // The public form posts up to 3 files of 10 MB with its fields.
  experimental: { serverActions: { bodySizeLimit: "32mb" } },
  typedRoutes: false,
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      ...TOKEN_PAGES.map((source) => ({ source, headers: [{ key: "Referrer-Policy", value: "no-referrer" }] })),
    ]);
  },
};

export default nextConfig;
