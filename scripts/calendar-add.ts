// npm run calendar:add -- <file.json>: adds one year of an official working-day schedule (same shape as
// holidays-cn-2026.json: calendar, year, source, holidays, workingWeekendDays) to the configured
// database, audited as a system action. Replaces that year if it exists.
import { translateAppError } from "@/lib/errors/translate";
import { translatorFor } from "@/lib/i18n/translator";
import { readFileSync } from "node:fs";
import { env } from "@/lib/config/env";
import { disconnect } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { addCalendarYear } from "@/lib/server/deadlines/add-calendar-year";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run calendar:add -- <file.json>");
  process.exit(2);
}
env();
try {
  const result = await addCalendarYear(JSON.parse(readFileSync(file, "utf8")), "SYSTEM");
  console.log(`${result.replaced ? "Replaced" : "Added"} calendar ${result.calendar} ${result.year}.`);
} catch (error) {
  if (isAppError(error)) {
    // The command line is English: the error's key and field errors worded from the English catalogue.
    const { message, fieldErrors } = translateAppError(error, translatorFor("en"));
    const details = Object.entries(fieldErrors ?? {}).map(([field, messages]) => `${field}: ${messages.join("; ")}`);
    console.error([message, ...details].join("\n  "));
  } else console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await disconnect();
}
