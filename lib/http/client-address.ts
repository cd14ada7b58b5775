import { BlockList, isIP } from "node:net";

/**
 * The header the app server writes on every request with the client's address as it resolved it from
 * the socket (and, behind trusted proxies only, from X-Forwarded-For). Whatever a client sends under this
 * name is overwritten, so route handlers, server actions and the proxy can rely on it.
 */
export const CLIENT_ADDRESS_HEADER = "x-rightsdesk-client";

/** Which hops in front of the app may say who the client is (TRUSTED_PROXIES). */
export type TrustedProxies =
  | { kind: "none" }
  /** That many proxies stand in front of every request: the socket peer and the hops it appended. */
  | { kind: "hops"; count: number }
  /** Any hop whose address is in one of these networks is a proxy of ours. */
  | { kind: "networks"; list: BlockList; description: string };

const NO_PROXIES: TrustedProxies = { kind: "none" };

/**
 * TRUSTED_PROXIES: empty (no proxy: the socket's address is the client), a hop count ("1": one load
 * balancer), or a comma-separated list of addresses and CIDR networks ("10.0.0.0/8, 192.168.1.7, ::1").
 * Throws with a message naming the bad part.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return NO_PROXIES;
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 20) throw new Error("a hop count must be between 0 and 20");
    return { kind: "hops", count };
  }
  const list = new BlockList();
  for (const part of text.split(",").map((p) => p.trim())) {
    const [address = "", prefixText, extra] = part.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) throw new Error(`"${part}" is not an address or CIDR network`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = /^\d+$/.test(prefixText) ? Number(prefixText) : NaN;
    if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) throw new Error(`"${part}" has a bad prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return { kind: "networks", list, description: text };
}

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is 192.0.2.1; anything else as it is. */
function normalized(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

/** One X-Forwarded-For entry as an address, or undefined when it is none ("unknown", garbage, a port). */
function forwardedAddress(entry: string): string | undefined {
  let text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  return isIP(text) ? normalized(text) : undefined;
}

function isTrusted(trusted: TrustedProxies, address: string, hop: number): boolean {
  switch (trusted.kind) {
    case "none":
      return false;
    case "hops":
      return hop < trusted.count;
    case "networks":
      return trusted.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
  }
}

/** Whether the socket's peer is one of our proxies, so that its forwarding headers may be believed. */
export function peerIsTrustedProxy(peer: string | undefined, trusted: TrustedProxies): boolean {
  return peer !== undefined && isIP(peer) !== 0 && isTrusted(trusted, normalized(peer), 0);
}

/**
 * Who sent this request. Walks from the socket's peer leftwards through X-Forwarded-For, passing every
 * hop that is one of our proxies; the first hop that is not is the client (as Express's "trust proxy"
 * does). Without trusted proxies the header is ignored: a client cannot choose its own address. An entry
 * that is not an address stops the walk at the last real address, so garbage never becomes a bucket.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string | undefined {
  if (!peer || isIP(peer) === 0) return undefined;
  let client = normalized(peer);
  if (trusted.kind === "none") return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .filter((entry) => entry.trim() !== "")
    .reverse();
  for (let hop = 0; isTrusted(trusted, client, hop) && hop < hops.length; hop++) {
    const next = forwardedAddress(hops[hop]!);
    if (!next) break;
    client = next;
  }
  return client;
}

/**
 * The key per-address limits count under. An IPv6 client usually holds a whole /64 (one home or one
 * server), so its limits apply to that network; otherwise one machine could take fresh addresses forever.
 */
export function rateLimitKeyFor(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return `${groups.slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("::1.2.3.4") takes two groups.
  const last = right.at(-1) ?? left.at(-1);
  const ipv4Groups = last && last.includes(".") ? 1 : 0;
  const missing = 8 - left.length - right.length - ipv4Groups;
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, missing)).fill("0"), ...right];
  return groups.map((g) => (g.includes(".") ? g : (g.replace(/^0+(?=.)/, "") || "0").toLowerCase()));
}

/**
 * The client's address as the app server (lib/http/app-server.ts) resolved it from the socket, trusting
 * X-Forwarded-For only from TRUSTED_PROXIES, and wrote it into its own header. There is no fallback:
 * without that header every visitor would share one bucket, so a request that did not come through the
 * app server is refused.
 */
export function clientAddress(headers: Headers): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER);
  if (!address) throw new ClientAddressUnknown();
  return address;
}

/** The key this request's client is counted under by the per-address limits (an IPv6 client's /64). */
export function clientIp(headers: Headers): string {
  return rateLimitKeyFor(clientAddress(headers));
}

export class ClientAddressUnknown extends Error {
  constructor() {
    super("The client's address is unknown: serve the app with `npm start`, which resolves it, not `next start`.");
  }
}
