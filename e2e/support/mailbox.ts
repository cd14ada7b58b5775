import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { e2eRun } from "./run";

/** The newest email to `to` whose subject matches, from what the run's SMTP capture received. */
export async function latestEmail(to: string, subject: RegExp): Promise<{ subject: string; text: string } | undefined> {
  const dir = e2eRun().mailDir;
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .sort()
      .reverse();
  } catch {
    return undefined;
  }
  for (const file of files) {
    const mail = await simpleParser(readFileSync(path.join(dir, file)));
    const recipients = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(",") : (mail.to?.text ?? "");
    if (recipients.includes(to) && subject.test(mail.subject ?? ""))
      return { subject: mail.subject ?? "", text: mail.text ?? "" };
  }
  return undefined;
}
