import type { NextConfig } from "next";
import { assertEnvShape } from "./lib/config/env";

assertEnvShape(process.env);

const nextConfig: NextConfig = {
  // Native and WebAssembly packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "nodemailer",
    "mailparser",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
