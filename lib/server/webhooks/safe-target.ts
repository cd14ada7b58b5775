import "server-only";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

/**
 * Where a webhook may go (docs/product-rules.md "Fulfilment", the SSRF rule): never to loopback, private,
 * carrier-grade NAT, link-local, unique-local, multicast or unspecified addresses, unless an administrator
 * listed the host in FulfilmentPolicy.allowedPrivateHosts, or, outside production only, loopback (a
 * receiver on the developer's machine).
 *
 * How the check holds against DNS rebinding: the host is resolved ONCE here, every address it resolves to
 * is checked, and the request is then made to the checked address itself (a `lookup` that returns it, so
 * Node never asks DNS again; TLS still verifies the certificate against the host's name). Redirects are
 * never followed: node:http does not follow them, and a 3xx answer is a failed delivery.
 */

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 96], // unspecified and IPv4-compatible (::a.b.c.d)
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10], // site-local (deprecated, still routed inside some networks)
  ["ff00::", 8],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48], // local-use NAT64
  ["2002::", 16], // 6to4: the IPv4 address is inside it
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}
const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** The IPv4 address inside an IPv4-mapped IPv6 one (::ffff:10.0.0.1), which must be judged as IPv4. */
function unmapped(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m?.[1] ?? address;
}

export type AddressClass = "public" | "loopback" | "private";

export function classifyAddress(address: string): AddressClass {
  const a = unmapped(address);
  const type = isIP(a) === 6 ? "ipv6" : "ipv4";
  if (loopback.check(a, type)) return "loopback";
  if (blocked.check(a, type)) return "private";
  return "public";
}

export interface TargetRules {
  /** FulfilmentPolicy.allowedPrivateHosts (host names as in the URL, lower case). */
  allowedPrivateHosts: readonly string[];
  /** Loopback allowed (NODE_ENV !== "production"). */
  allowLoopback: boolean;
  /**
   * Plain http refused (production): the form refuses such a URL already (lib/domain/fulfilment/webhook-url.ts);
   * this keeps one saved before (a development database brought over, a row written directly) from being used.
   */
  httpsOnly?: boolean;
}

export type CheckedTarget = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; reason: string };

/** Resolves the URL's host and checks every address it resolves to; the first address is the one to connect to. */
export async function checkTarget(rawUrl: string, rules: TargetRules): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, reason: "invalid URL" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "not http(s)" };
  if (url.username || url.password) return { ok: false, reason: "credentials in URL" };
  if (rules.httpsOnly && url.protocol !== "https:") return { ok: false, reason: "not https" };
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host)
      ? [{ address: host, family: isIP(host) }]
      : await lookup(host, { all: true, verbatim: true });
  } catch {
    return { ok: false, reason: "host not found" };
  }
  if (addresses.length === 0) return { ok: false, reason: "host not found" };
  const allowedHost = rules.allowedPrivateHosts.map((h) => h.toLowerCase()).includes(host);
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === "private" && !allowedHost) return { ok: false, reason: "refused: private address" };
    if (kind === "loopback" && !allowedHost && !rules.allowLoopback)
      return { ok: false, reason: "refused: loopback address" };
  }
  const first = addresses[0]!;
  return { ok: true, url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

export type PostOutcome =
  | { kind: "answered"; status: number; body: string; latencyMs: number }
  | { kind: "failed"; error: string; latencyMs: number; retry: boolean };

/** What of an answer is read: enough for a synchronous result or the 1 KB excerpt; the rest is dropped. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Posts `body` to a checked target (connecting to the checked address), with a total time limit. Never
 * follows a redirect. A refused target is a failure not worth retrying; a timeout, a closed connection or a
 * host that does not resolve (yet) is.
 */
export async function postToTarget(
  rawUrl: string,
  rules: TargetRules,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // The name lookup counts against the same time limit (a DNS outage must not hold a claimed row forever).
  let timer: NodeJS.Timeout | undefined;
  const lookupTimedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const checked = await Promise.race([checkTarget(rawUrl, rules), lookupTimedOut]);
  clearTimeout(timer);
  if (checked === "timeout") return { kind: "failed", error: "timeout", latencyMs: elapsed(), retry: true };
  const target = checked;
  // A host that does not resolve now may resolve in a minute (a DNS outage): retried like a closed
  // connection. A refused address or a malformed URL will not change by waiting: failed at once.
  if (!target.ok) {
    return { kind: "failed", error: target.reason, latencyMs: elapsed(), retry: target.reason === "host not found" };
  }
  const { url, address, family } = target;
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const done = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        lookup: pinned,
        agent: false,
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk.subarray(0, MAX_ANSWER_BYTES - size));
          size += chunk.length;
        });
        response.on("end", () =>
          done({
            kind: "answered",
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            latencyMs: elapsed(),
          }),
        );
        response.on("error", () =>
          done({ kind: "failed", error: "connection closed", latencyMs: elapsed(), retry: true }),
        );
        response.on("aborted", () =>
          done({ kind: "failed", error: "connection closed", latencyMs: elapsed(), retry: true }),
        );
      },
    );
    const timer = setTimeout(() => {
      done({ kind: "failed", error: "timeout", latencyMs: elapsed(), retry: true });
      request.destroy();
    }, timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) => {
      const closed = error.code === "ECONNRESET" || error.code === "EPIPE" || /socket hang up/i.test(error.message);
      done({
        kind: "failed",
        error: closed
          ? "connection closed"
          : error.code === "ECONNREFUSED"
            ? "connection refused"
            : (error.code ?? "request failed"),
        latencyMs: elapsed(),
        retry: true,
      });
    });
    request.end(body);
  });
}
