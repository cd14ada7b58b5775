import { describe, expect, it } from "vitest";
import { deliveryErrorOfReason, deliveryErrorText, deliveryErrorWords } from "@/lib/domain/fulfilment/delivery-errors";
import { messages } from "@/lib/i18n/messages";

describe("a delivery's last error in the staff member's words", () => {
  it("words the worker's errors from the catalogue, in both languages", () => {
    for (const error of [
      "HTTP 404",
      "result in answer refused: CONFLICT",
      "no webhook URL",
      "refused: private address",
      "timeout",
      "connection closed",
      "task no longer open",
    ]) {
      const { key } = deliveryErrorWords(error);
      expect(key, error).not.toBe("other");
      expect(messages.en.webhooks.errors[key]).toBeTruthy();
      expect(messages.zh.webhooks.errors[key]).toBeTruthy();
    }
    expect(deliveryErrorWords("HTTP 503")).toEqual({ key: "http", args: { code: "503" } });
    // A code the catalogue has no words for is shown as it is.
    expect(deliveryErrorWords("CERT_HAS_EXPIRED")).toEqual({ key: "other", args: { code: "CERT_HAS_EXPIRED" } });
  });

  it("finds the delivery error in a task reason only when the worker wrote it", () => {
    expect(deliveryErrorOfReason("webhook: HTTP 404", null)).toBe("HTTP 404");
    // Someone reported the task as failed with these words: their reason, shown as they wrote it.
    expect(deliveryErrorOfReason("webhook: HTTP 404", "SYSTEM")).toBeNull();
    expect(deliveryErrorOfReason("Could not find the account", null)).toBeNull();
    expect(deliveryErrorOfReason(null, null)).toBeNull();
  });

  it("says it in the reader's language, as a task's reason too", () => {
    expect(deliveryErrorText("en", "HTTP 404")).toBe("The system answered 404.");
    expect(deliveryErrorText("zh", "timeout", true)).toBe("Webhook 无法送达：系统未在时限内应答。");
  });
});
