/**
 * Whether the server refused because the link or the answer no longer applies (lib/actions/public/partner.ts
 * words it in the page's language): nothing was recorded, and the page replaces the form with that sentence.
 * `sentences`: those two refusals in the page's language.
 */
export function linkIsGone(message: string | undefined, sentences: { linkGone: string; notRecorded: string }): boolean {
  return message === sentences.linkGone || message === sentences.notRecorded;
}
