import { describe, expect, it } from "vitest";
import {
  clientIp,
  parseTrustedProxies,
  peerIsTrustedProxy,
  rateLimitKeyFor,
  resolveClientAddress,
} from "@/lib/http/client-address";

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", "198.51.100.1, 10.0.0.1", none)).toBe("203.0.113.9");
    expect(peerIsTrustedProxy("127.0.0.1", none)).toBe(false);
  });

  it("behind one trusted hop is the address that hop appended, not one the client wrote before it", () => {
    const oneHop = parseTrustedProxies("1");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", oneHop)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", ["6.6.6.6", "203.0.113.9"], oneHop)).toBe("203.0.113.9");
    // A request that reached the server without passing the proxy has nothing to believe.
    expect(resolveClientAddress("203.0.113.9", undefined, oneHop)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", parseTrustedProxies("2"))).toBe("6.6.6.6");
  });

  it("behind trusted networks walks from the right past our proxies to the first outside address", () => {
    const ours = parseTrustedProxies("10.0.0.0/8, 192.168.1.7, fd00::/8");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.1.1", ours)).toBe("203.0.113.9");
    expect(resolveClientAddress("192.168.1.7", "203.0.113.9", ours)).toBe("203.0.113.9");
    expect(resolveClientAddress("fd00::1", "2001:db8::5", ours)).toBe("2001:db8::5");
    // From a peer that is not ours the header is not read.
    expect(resolveClientAddress("192.168.1.8", "203.0.113.9", ours)).toBe("192.168.1.8");
    // Every hop ours: the leftmost is the client.
    expect(resolveClientAddress("10.0.0.2", "10.3.3.3", ours)).toBe("10.3.3.3");
  });

  it("never becomes garbage from the header: the walk stops at the last real address", () => {
    const ours = parseTrustedProxies("10.0.0.0/8");
    expect(resolveClientAddress("10.0.0.2", "unknown", ours)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9:4711", ours)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "[2001:db8::5]:443", ours)).toBe("2001:db8::5");
    expect(resolveClientAddress(undefined, "203.0.113.9", ours)).toBeUndefined();
  });

  it("refuses a TRUSTED_PROXIES value it cannot read, naming the part", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies("load-balancer")).toThrow(/load-balancer/);
    expect(() => parseTrustedProxies("99")).toThrow(/hop count/);
    expect(parseTrustedProxies(" ")).toEqual({ kind: "none" });
  });

  it("counts an IPv6 client under its /64, an IPv4 client under its own address", () => {
    expect(rateLimitKeyFor("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKeyFor("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKeyFor("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKeyFor("2001:0DB8:0005:0006:ffff:ffff:ffff:ffff")).toBe("2001:db8:5:6::/64");
    expect(rateLimitKeyFor("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKeyFor("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(rateLimitKeyFor("203.0.113.9")).toBe("203.0.113.9");
  });

  it("is refused rather than shared when a request did not come through the app server", () => {
    expect(() => clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toThrow(/npm start/);
  });
});
