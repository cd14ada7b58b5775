import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every message of a catalogue as [full key, message]. */
export function messagesOf(catalogue: object, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    typeof value === "object" && value
      ? messagesOf(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * How the app's code reads the catalogue: every full key it names in a string (`t("status.reference")`),
 * and every key prefix it completes at run time (`t(\`events.${type}\`)`). The catalogue itself is left out.
 */
export function keysTheCodeUses(root: string): { keys: Set<string>; prefixes: Set<string> } {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const files = ["app", "components", "lib"]
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .filter((file) => !file.includes(`${path.sep}i18n${path.sep}messages${path.sep}`));
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/["'`]([A-Za-z]\w*(?:\.\w+)+)["'`]/g)) keys.add(match[1]!);
    for (const match of text.matchAll(/`([A-Za-z]\w*(?:\.\w+)*)\.\$\{/g)) prefixes.add(`${match[1]}.`);
  }
  return { keys, prefixes };
}
