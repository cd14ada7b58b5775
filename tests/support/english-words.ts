import { messages } from "@/lib/i18n/messages";

/** Every message of a catalogue, as text. */
function messagesIn(catalogue: object): string[] {
  return Object.values(catalogue).flatMap((value): string[] =>
    typeof value === "object" && value ? messagesIn(value as object) : [String(value)],
  );
}

/**
 * Words that are not English left on a Chinese page: the product's name, the law and format acronyms,
 * and the Latin words the Chinese catalogue itself uses on purpose (codes people type or read as they are:
 * CSV columns, `true`, `en`, `MAIL_FROM`, time-zone names in examples), ICU's own syntax left out.
 */
export const NOT_ENGLISH: ReadonlySet<string> = new Set(
  [
    ...["Rightsdesk", "GDPR", "PIPL", "CCPA", "CPRA", "LGPD", "UTC", "CSV", "PDF", "PNG", "JPEG", "JSON", "ZIP"],
    ...["SMTP", "HTML", "URL", "DSR", "API", "TLS"],
    ...messagesIn(messages.zh).flatMap(
      (message) =>
        message
          .replace(/\{\s*\w+\s*(,\s*\w+\s*,?)?/g, " ")
          .replace(/\b(zero|one|two|few|many|other)\s*\{/g, " ")
          .match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [],
    ),
  ].map((word) => word.toLowerCase()),
);

/**
 * The English words in texts meant to be Chinese, outside their data: what `data` names (strings or
 * patterns: names and messages people typed), email addresses (masked ones too), case references, links,
 * an email text's `{placeholders}`, codes in capitals (`NO_DATA_FOUND`), and the words in NOT_ENGLISH.
 */
export function englishWordsIn(texts: readonly string[], data: readonly (string | RegExp)[] = []): string[] {
  const found = new Set<string>();
  for (const raw of texts) {
    let text = raw;
    for (const typed of data) text = typeof typed === "string" ? text.split(typed).join(" ") : text.replace(typed, " ");
    text = text
      .replace(/[\w.+•-]+@[\w•-]+(\.[\w•-]+)+/g, " ")
      .replace(/DSR-\d{4}-\d{6}/g, " ")
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/\{\w+\}/g, " ")
      .replace(/\b[A-Z]+(?:_[A-Z]+)+\b/g, " ");
    for (const word of text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []) {
      if (!NOT_ENGLISH.has(word.toLowerCase())) found.add(word);
    }
  }
  return [...found];
}
