import { FIXED_DIRECTIVES } from "./content-security-policy";

/**
 * Response headers for every page and route (applied in next.config.ts). The content security policy
 * here restricts framing, plugins, base URLs and form targets for every response; pages get the full
 * policy with a per-request script nonce from proxy.ts, which replaces this one.
 */
export interface Header {
  key: string;
  value: string;
}

export function securityHeaders(production: boolean): Header[] {
  return [
    { key: "Content-Security-Policy", value: FIXED_DIRECTIVES.join("; ") },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}

/** Pages whose URL carries a secret token: the token must never leave in a Referer header. */
export const TOKEN_PAGES = ["/status/:token*", "/verify", "/partner/:token*", "/invite/:token*", "/task/:token*"];
