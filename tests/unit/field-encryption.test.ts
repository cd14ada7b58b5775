import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, encryptField, encryptionKeyFrom, keyIdOf } from "@/lib/crypto/field-encryption";

const keyA = encryptionKeyFrom(randomBytes(32).toString("base64"));
const keyB = encryptionKeyFrom(randomBytes(32).toString("base64"));

describe("field encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const stored = encryptField("+86 138 0013 8000", keyA);
    expect(stored).not.toContain("138");
    expect(keyIdOf(stored)).toBe(keyA.id);
    expect(decryptField(stored, [keyB, keyA])).toBe("+86 138 0013 8000");
  });

  it("uses a fresh nonce each time", () => {
    expect(encryptField("same", keyA)).not.toBe(encryptField("same", keyA));
  });

  it("refuses a tampered value or a missing key", () => {
    const stored = encryptField("1 Main Street", keyA);
    const parts = stored.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptField(parts.join("."), [keyA])).toThrow();
    expect(() => decryptField(stored, [keyB])).toThrow(/no key/);
  });
});
