import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

/**
 * The import directions of the layers (ARCHITECTURE.md "Layers"). Each entry forbids a set of modules
 * (gitignore-style patterns; a leading "!" lets one through) with the reason shown in the error.
 */
const layer = {
  app: { group: ["@/app", "@/app/**"], message: "app/ holds routes only; nothing below it imports it." },
  components: {
    group: ["@/components", "@/components/**"],
    message: "lib/ is below the React components; move the shared piece into lib/.",
  },
  io: {
    group: [
      "@/lib/server",
      "@/lib/server/**",
      "@/lib/auth",
      "@/lib/auth/**",
      "@/lib/email",
      "@/lib/email/**",
      "@/lib/jobs",
      "@/lib/jobs/**",
      "@/lib/config",
      "@/lib/config/**",
      "@/lib/crypto",
      "@/lib/crypto/**",
      "@/lib/http",
      "@/lib/http/**",
      "../*/**",
      "node:fs",
      "node:fs/**",
      "node:child_process",
      "node:net",
      "next/*",
    ],
    message:
      "lib/domain is the pure core: no database, auth, email, config, HTTP or files. Take the data as arguments.",
  },
  database: {
    // All of lib/db but the database's enumerations: plain constants (no client, no I/O) that the domain's
    // per-value tables key on, so a new value fails to compile wherever it is missing.
    regex: "^@/lib/db(/(?!generated/enums$).*)?$",
    message: "lib/domain is the pure core: no database. Take the data as arguments.",
  },
  server: {
    // All of lib/server but the audit trail's one writer, the only piece of it that signing in needs.
    regex: "^(@/lib|\\.\\.)/server(/(?!audit/record-audit-event$).*)?$",
    message:
      "lib/server's use-cases build on lib/auth, not the other way round; move the piece into lib/auth or below.",
  },
};
const restrictImports = (...entries) => ["error", { patterns: entries }];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-bench/**",
      "node_modules/**",
      "lib/db/generated/**",
      "data/**",
      "bench/results/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  // Later entries replace the rule for the files they match, so each lists all that applies to its files.
  { files: ["lib/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrictImports(layer.app, layer.components) } },
  {
    files: ["lib/auth/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrictImports(layer.app, layer.components, layer.server) },
  },
  {
    files: ["lib/domain/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrictImports(layer.app, layer.components, layer.io, layer.database) },
  },
  // Routes use components and lib, never the reverse: server actions live in lib/actions.
  { files: ["components/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrictImports(layer.app) } },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
