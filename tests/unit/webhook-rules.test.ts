import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  excerptOf,
  isRetryableStatus,
  signatureHeader,
  webhookRetryDelayMs,
} from "@/lib/server/webhooks/delivery-rules";
import { instructionFor, type TaskForBody } from "@/lib/server/webhooks/delivery-body";
import { sniffTaskFile } from "@/lib/server/fulfilment/task-files";
import { classifyAddress, postToTarget } from "@/lib/server/webhooks/safe-target";
import { Webhook } from "standardwebhooks";
import { newSigningSecret } from "../support/fulfilment";

describe("webhook rules", () => {
  it("waits about twice as long after each failed attempt, with jitter, never more than a day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempts, r) => {
        const delay = webhookRetryDelayMs(attempts, 1000, () => r);
        const full = Math.min(1000 * 2 ** (attempts - 1), 86_400_000);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(full / 2));
        expect(delay).toBeLessThanOrEqual(full);
      }),
    );
  });

  it("retries timeouts, throttling and server errors, not other answers", () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([301, 302, 400, 401, 403, 404, 410, 422].some(isRetryableStatus)).toBe(false);
  });

  it("keeps the first 1 KB of an answer without cutting a character in two", () => {
    expect(excerptOf("short")).toBe("short");
    const chinese = "数".repeat(500); // 3 bytes each
    const cut = excerptOf(chinese);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1024);
    expect(cut).toBe("数".repeat(341));
  });

  it("signs with each secret, and each secret alone verifies the message", () => {
    const [a, b] = [newSigningSecret(), newSigningSecret()];
    const at = new Date();
    const header = signatureHeader([a, b], "msg_x", at, '{"type":"t"}');
    expect(header.split(" ")).toHaveLength(2);
    const headers = {
      "webhook-id": "msg_x",
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": header,
    };
    expect(new Webhook(a).verify('{"type":"t"}', headers)).toEqual({ type: "t" });
    expect(new Webhook(b).verify('{"type":"t"}', headers)).toEqual({ type: "t" });
    expect(() => new Webhook(newSigningSecret()).verify('{"type":"t"}', headers)).toThrow();
    expect(() => new Webhook(a).verify('{"type":"x"}', headers)).toThrow();
  });

  it("tells public addresses from loopback and private ones, IPv4-mapped included", () => {
    expect(classifyAddress("93.184.215.14")).toBe("public");
    expect(classifyAddress("2606:4700::1111")).toBe("public");
    expect(classifyAddress("127.0.0.1")).toBe("loopback");
    expect(classifyAddress("::1")).toBe("loopback");
    for (const a of [
      "10.0.0.1",
      "172.16.5.4",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "fd12::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "::",
      "::10.0.0.1",
      "fec0::1",
      "64:ff9b:1::a00:1",
      "2002:a00:1::1",
    ]) {
      expect(classifyAddress(a), a).toBe("private");
    }
    expect(classifyAddress("::ffff:127.0.0.1")).toBe("loopback");
  });

  it("retries a host that does not resolve (DNS may be back in a minute), never a refused address", async () => {
    const rules = { allowedPrivateHosts: [], allowLoopback: false, httpsOnly: true };
    const unresolved = await postToTarget("https://no-such-host.invalid/hook", rules, {}, "{}", 1000);
    expect(unresolved).toMatchObject({ kind: "failed", error: "host not found", retry: true });
    const refused = await postToTarget("https://10.0.0.8/hook", rules, {}, "{}", 1000);
    expect(refused).toMatchObject({ kind: "failed", error: "refused: private address", retry: false });
  });

  it("knows a result file by its bytes, not its name", () => {
    expect(sniffTaskFile(Buffer.from("%PDF-1.7\n"), "export.csv")).toBe("application/pdf");
    expect(sniffTaskFile(Buffer.from("PK\u0003\u0004rest", "latin1"), "export.pdf")).toBe("application/zip");
    expect(sniffTaskFile(Buffer.from('{"a":1}'), "export.json")).toBe("application/json");
    expect(sniffTaskFile(Buffer.from("email,name\na@example.com,A\n"), "export.csv")).toBe("text/csv");
    expect(sniffTaskFile(Buffer.from("{not json"), "export.json")).toBeNull();
    expect(sniffTaskFile(Buffer.from([0x00, 0x01, 0xfe]), "export.csv")).toBeNull();
    // Text is a CSV only under a .csv name: what the download route serves it as (read-upload.ts).
    expect(sniffTaskFile(Buffer.from("email,name\n"), "export.txt")).toBeNull();
  });

  it("asks a direct-marketing objection to suppress now, another objection to stop the processing", () => {
    const task = (details: unknown) => ({ id: "t", kind: "OBJECTION", case: { details } }) as unknown as TaskForBody;
    expect(instructionFor(task({ processing: "Newsletter", directMarketing: true })).key).toBe("suppress_marketing");
    expect(instructionFor(task({ processing: "Profiling", directMarketing: false, grounds: "x" })).key).toBe(
      "stop_processing",
    );
  });
});
