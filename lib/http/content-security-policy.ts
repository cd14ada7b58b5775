/**
 * The content security policy of every page, built per request around a fresh nonce (proxy.ts). Next
 * reads the nonce from the request's Content-Security-Policy header and puts it on its own inline and
 * chunk scripts; 'strict-dynamic' lets those scripts load the chunks they need, and nothing else runs:
 * no injected inline script, no script from another origin, no eval outside development.
 *
 * Styles keep 'unsafe-inline': React writes `style` attributes (the report charts' colours, Next's route
 * announcer) and attributes cannot carry a nonce. A style cannot run code, so this leaves script
 * injection closed.
 */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // Next's development overlay and fast refresh evaluate code; the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...FIXED_DIRECTIVES,
  ].join("; ");
}

/** Directives that hold for every response, pages or not (next.config.ts sends them on the rest). */
export const FIXED_DIRECTIVES = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
