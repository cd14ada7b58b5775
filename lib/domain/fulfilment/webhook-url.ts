/**
 * Where a WEBHOOK system's deliveries may be posted, as a form rule (docs/product-rules.md "Fulfilment"):
 * an absolute https URL in production; outside production (development, tests) also http, but only to
 * the machine itself (localhost, 127.0.0.0/8, ::1), so a local receiver can be tried without a
 * certificate. No user name or password in the URL (a secret would be shown on every page), no fragment.
 * This checks the words typed; the worker checks where the host resolves when it posts (SSRF, see
 * lib/server/webhooks/safe-target.ts).
 */

export const WEBHOOK_URL_MAX = 2000;

/** Whether the app runs in production: the only place the domain reads the environment, at check time. */
export function inProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

/** The host names and addresses that are this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "0:0:0:0:0:0:0:1") return true;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return Boolean(ipv4 && Number(ipv4[1]) === 127 && ipv4.slice(2).every((part) => Number(part) <= 255));
}

/**
 * Why a typed webhook URL is refused (a key under `errors`), or undefined when it may be saved.
 * `production` decides whether plain http to the machine itself is allowed.
 */
export function webhookUrlProblem(text: string, production: boolean = inProduction()): string | undefined {
  const value = text.trim();
  if (value.length > WEBHOOK_URL_MAX) return `use_at_most:${WEBHOOK_URL_MAX}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "webhook_url_invalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "webhook_url_invalid";
  if (!url.hostname) return "webhook_url_invalid";
  if (url.username || url.password) return "webhook_url_credentials";
  if (url.hash) return "webhook_url_fragment";
  if (url.protocol === "http:") {
    if (production) return "webhook_url_https";
    if (!isLoopbackHost(url.hostname)) return "webhook_url_http_loopback";
  }
  return undefined;
}
