import type { NextConfig } from "next";
import { assertEnvShape } from "./lib/config/env";

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
};

export default nextConfig;
