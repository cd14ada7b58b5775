import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { e2eRun } from "./run";

/** The newest email to `to` whose subject matches, from the app's development mailbox (.eml files). */
export async function latestEmail(to: string, subject: RegExp): Promise<{ subject: string; text: string } | undefined> {
  const dir = path.join(e2eRun().dataDir, "mail");
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
