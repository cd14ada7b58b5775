// npm run --silent deadline -- --regime EU_GDPR --received 2026-03-05T10:00:00Z [--calendar IE]
//   [--timezone Europe/Dublin] [--extended] [--pause 2026-03-10..2026-03-12]... [--restart 2026-03-20]...
//   [--as-of <instant>]
// Prints one JSON object with the deadline, computed by the same module as the app with the default
// policies. Bad arguments or a missing calendar year: one line on stderr and a non-zero exit.
import { parseArgs } from "node:util";
import { CalendarMissingError, calendarsWith, computeDeadline } from "@/lib/domain/deadlines";
import { deadlineCliSchema, deadlineInputFromCli } from "@/lib/domain/deadlines/cli-args";

function fail(message: string, code: number): never {
  process.stderr.write(`deadline: ${message}\n`);
  process.exit(code);
}

let values: Record<string, unknown>;
try {
  ({ values } = parseArgs({
    options: {
      regime: { type: "string" },
      received: { type: "string" },
      calendar: { type: "string" },
      timezone: { type: "string" },
      extended: { type: "boolean" },
      pause: { type: "string", multiple: true },
      restart: { type: "string", multiple: true },
      "as-of": { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 2);
}

const parsed = deadlineCliSchema.safeParse(values);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  const field = issue.path[0];
  fail(
    field
      ? `--${String(field)} ${issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message}`
      : issue.message,
    2,
  );
}

try {
  const result = computeDeadline(deadlineInputFromCli(parsed.data), calendarsWith());
  process.stdout.write(
    JSON.stringify({
      ...result,
      dueAt: result.dueAt.toISOString(),
      originalDueAt: result.originalDueAt.toISOString(),
      extendedDueAt: result.extendedDueAt?.toISOString() ?? null,
    }) + "\n",
  );
} catch (error) {
  if (error instanceof CalendarMissingError) fail(error.message, 3);
  fail(error instanceof Error ? error.message : String(error), 1);
}
