import "server-only";
import type { Db } from "@/lib/db/client";
import { TEXT_KEYS, type TextKey, type TextsByLocale } from "@/lib/email/template-texts";

const empty = (): Record<TextKey, string> =>
  Object.fromEntries(TEXT_KEYS.map((key) => [key, ""])) as Record<TextKey, string>;

/** Every administrator's text, by template and language; an empty string where the template's own applies. */
export async function loadEmailTexts(client: Db): Promise<Map<string, TextsByLocale>> {
  const rows = await client.emailTemplateText.findMany();
  const byTemplate = new Map<string, TextsByLocale>();
  for (const row of rows) {
    if (!(TEXT_KEYS as readonly string[]).includes(row.key)) continue;
    const texts = byTemplate.get(row.template) ?? { en: empty(), zh: empty() };
    texts[row.locale][row.key as TextKey] = row.text;
    byTemplate.set(row.template, texts);
  }
  return byTemplate;
}

/** One template's texts (empty strings where none is set). */
export function textsOf(all: Map<string, TextsByLocale>, template: string): TextsByLocale {
  return all.get(template) ?? { en: empty(), zh: empty() };
}
