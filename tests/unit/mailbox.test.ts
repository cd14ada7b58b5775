import { describe, expect, it } from "vitest";
import { mailboxOf } from "@/lib/domain/intake/mailbox";

describe("the mailbox an address delivers to (the key of the per-person limits)", () => {
  it("ignores case, spaces and a +tag, on any domain", () => {
    expect(mailboxOf("  Pat.Person+DSR@Example.COM ")).toBe("pat.person@example.com");
    expect(mailboxOf("pat.person+1@example.com")).toBe(mailboxOf("pat.person+2@example.com"));
  });

  it("ignores dots only where the provider does (personal Gmail)", () => {
    expect(mailboxOf("P.a.t+x@googlemail.com")).toBe("pat@gmail.com");
    expect(mailboxOf("pat@gmail.com")).toBe("pat@gmail.com");
    expect(mailboxOf("p.at@example.com")).not.toBe(mailboxOf("pat@example.com"));
  });

  it("keeps an address that is all tag as it is", () => {
    expect(mailboxOf("+tag@example.com")).toBe("+tag@example.com");
  });
});
