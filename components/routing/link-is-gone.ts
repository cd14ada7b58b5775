import type { Dictionary } from "@/lib/i18n/dictionaries";

/**
 * Whether the server refused because the link or the answer no longer applies (lib/actions/public/partner.ts
 * words it in the page's language): nothing was recorded, and the page replaces the form with that sentence.
 */
export function linkIsGone(message: string | undefined, t: Dictionary): boolean {
  return message === t.partner.linkGone || message === t.partner.notRecorded;
}
