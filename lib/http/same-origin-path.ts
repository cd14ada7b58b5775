/** A stand-in origin: only whether a path stays on it matters, not which host we are served from. */
const OURS = "http://rightsdesk.invalid";

/**
 * The path to send someone back to after an action, if it is a path on this site; otherwise `fallback`.
 * A redirect target from a form is the caller's to choose, so it must not lead elsewhere (an open
 * redirect, OWASP "Unvalidated Redirects and Forwards"). Browsers read "\" as "/" and drop tabs and line
 * breaks, so "/\evil.example" and "/\t/evil.example" mean "//evil.example", another host: such characters are
 * refused outright, and so are their percent-encoded forms ("/%5Cevil.example"), which our links never
 * contain and a proxy in front might decode. What is left must parse to this origin with a path that does
 * not start with "//".
 */
export function sameOriginPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length > 2048 || !target.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, OURS);
  } catch {
    return fallback;
  }
  if (url.origin !== OURS || url.pathname.startsWith("//")) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (decoded.startsWith("//") || /[\u0000-\u001f\u007f\\]/.test(decoded)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
