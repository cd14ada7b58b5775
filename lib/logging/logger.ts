/**
 * Structured logs on stdout. Never pass personal data (emails, names, free text): log ids and counts.
 * Errors are reduced to name, message and stack so request bodies attached to them are not printed.
 */
type Fields = Record<string, unknown>;

function serialize(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}

function write(level: "info" | "warn" | "error", message: string, fields: Fields = {}): void {
  if (process.env.LOG_LEVEL === "silent") return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...serialize(fields) });
  if (level === "error") console.error(line);
  else console.log(line);
}

export const logger = {
  info: (message: string, fields?: Fields) => write("info", message, fields),
  warn: (message: string, fields?: Fields) => write("warn", message, fields),
  error: (message: string, fields?: Fields) => write("error", message, fields),
};
