/** Domains whose mailboxes ignore dots in the local part (personal Gmail; Workspace domains do not). */
const DOTLESS_DOMAINS = new Map([
  ["gmail.com", "gmail.com"],
  ["googlemail.com", "gmail.com"],
]);

/**
 * The mailbox an address delivers to, as the key of the limits that protect a person and their inbox
 * (never stored as their address, never sent to). Lower case and trimmed. A `+tag` is dropped for
 * every domain: the large providers (Gmail, Outlook, iCloud, Fastmail, Proton ...) deliver `me+x@` to
 * `me@`, so otherwise each tag would bring a fresh allowance of emails to one inbox; two people whose
 * addresses differ only after a `+` merely share a limit. Dots are dropped only where the provider
 * ignores them (gmail.com, googlemail.com): elsewhere `a.b@` and `ab@` may be different people.
 */
export function mailboxOf(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1).replace(/\.$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOTLESS_DOMAINS.get(domain);
  if (dotless) {
    domain = dotless;
    local = local.replace(/\./g, "") || local;
  }
  return `${local}@${domain}`;
}
