import { describe, expect, it } from "vitest";
import { isLoopbackHost, webhookUrlProblem } from "@/lib/domain/fulfilment/webhook-url";

describe("the webhook URL a system may be given", () => {
  it("takes https anywhere, in production and outside it", () => {
    for (const production of [true, false]) {
      expect(webhookUrlProblem("https://crm.example.com/hooks/rightsdesk?tenant=4", production)).toBeUndefined();
      expect(webhookUrlProblem(" https://10.0.0.5:8443/in ", production)).toBeUndefined();
    }
  });

  it("takes plain http only to this machine, and only outside production", () => {
    for (const url of [
      "http://localhost:4010/hook",
      "http://127.0.0.1:4010/hook",
      "http://[::1]:4010/",
      "http://hooks.localhost/",
    ]) {
      expect(webhookUrlProblem(url, false)).toBeUndefined();
      expect(webhookUrlProblem(url, true)).toBe("webhook_url_https");
    }
    for (const url of [
      "http://crm.example.com/hook",
      "http://10.0.0.5/hook",
      "http://127.0.0.1.example.com/",
      "http://localhost.example.com/",
    ]) {
      expect(webhookUrlProblem(url, false)).toBe("webhook_url_http_loopback");
      expect(webhookUrlProblem(url, true)).toBe("webhook_url_https");
    }
  });

  it("refuses what is no web address, credentials, fragments and over-long addresses", () => {
    expect(webhookUrlProblem("crm.example.com/hook", false)).toBe("webhook_url_invalid");
    expect(webhookUrlProblem("ftp://crm.example.com/", false)).toBe("webhook_url_invalid");
    expect(webhookUrlProblem("javascript:alert(1)", false)).toBe("webhook_url_invalid");
    expect(webhookUrlProblem("file:///etc/passwd", false)).toBe("webhook_url_invalid");
    expect(webhookUrlProblem("https://user:pw@crm.example.com/", true)).toBe("webhook_url_credentials");
    expect(webhookUrlProblem("https://crm.example.com/#x", true)).toBe("webhook_url_fragment");
    expect(webhookUrlProblem(`https://crm.example.com/${"a".repeat(2000)}`, true)).toBe("use_at_most:2000");
  });

  it("knows the loopback names and addresses", () => {
    expect(
      ["localhost", "LOCALHOST", "a.localhost", "127.0.0.1", "127.255.3.4", "[::1]", "::1"].every(isLoopbackHost),
    ).toBe(true);
    expect(["localhost.com", "128.0.0.1", "127.0.0.256", "0.0.0.0", "::2", "example.com"].some(isLoopbackHost)).toBe(
      false,
    );
  });
});
