import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
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

/** Waits until an email to `to` whose subject matches has arrived, and returns its text. */
export async function emailTo(to: string, subject: RegExp, timeout = 20_000): Promise<string> {
  let text = "";
  await expect(async () => {
    text = (await latestEmail(to, subject))?.text ?? "";
    expect(text).not.toBe("");
  }).toPass({ timeout });
  return text;
}

/** The path and query of the first link in `text` matching `pattern`, to open on the test server. */
export function linkPath(text: string, pattern: RegExp): string {
  const url = new URL(pattern.exec(text)![0]);
  return url.pathname + url.search;
}

export const VERIFY_LINK = /https?:\/\/\S+\/verify\?token=\S+/;
export const STATUS_LINK = /https?:\/\/\S+\/status\/\S+/;
