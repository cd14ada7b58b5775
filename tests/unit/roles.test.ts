import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "@/lib/auth/roles";

describe("roles", () => {
  it("fails closed for unknown or missing roles", () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can("SUPERUSER", permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
      expect(can("admin", permission)).toBe(false);
    }
  });

  it("lets auditors read cases but not work them", () => {
    expect(can("AUDITOR", "cases:read")).toBe(true);
    expect(can("AUDITOR", "cases:work")).toBe(false);
  });

  it("keeps mail administration for administrators", () => {
    for (const role of ROLES) expect(can(role, "mail:send-test")).toBe(role === "ADMIN");
  });
});
