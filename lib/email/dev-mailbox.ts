import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

export interface MailboxMessage {
  file: string;
  to: string;
  subject: string;
  date: Date | null;
  text: string;
}

/** The newest messages of the development mailbox (DATA_DIR/mail/*.eml). */
export async function readDevMailbox(mailDir: string, limit = 50): Promise<MailboxMessage[]> {
  let files: string[];
  try {
    files = (await readdir(mailDir)).filter((f) => f.endsWith(".eml"));
  } catch {
    return [];
  }
  const newest = files.sort().reverse().slice(0, limit);
  return Promise.all(
    newest.map(async (file) => {
      const parsed = await simpleParser(await readFile(path.join(mailDir, file)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
      return { file, to, subject: parsed.subject ?? "", date: parsed.date ?? null, text: parsed.text ?? "" };
    }),
  );
}
