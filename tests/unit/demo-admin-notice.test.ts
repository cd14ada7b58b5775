import { describe, expect, it } from "vitest";
import { demoAdminNotice } from "@/lib/server/users/demo-admin-notice";

const created = { created: true as const, email: "admin@rightsdesk.local", password: "generated-Pa55word" };

describe("npm start's demo account notice", () => {
  it("shows the account created in this start when it is created and again once the server listens", () => {
    for (const moment of ["created", "listening"] as const) {
      const notice = demoAdminNotice(created, moment);
      expect(notice).toContain("email:    admin@rightsdesk.local");
      expect(notice).toContain("password: generated-Pa55word");
    }
    expect(demoAdminNotice(created, "created")).toContain("once more when the server is ready");
    expect(demoAdminNotice(created, "listening")).toContain("will not be shown again");
  });

  it("shows nothing when the account existed before this start, or on PostgreSQL (no demo account)", () => {
    const existing = { created: false as const, email: "admin@rightsdesk.local" };
    expect(demoAdminNotice(existing, "created")).toBeNull();
    expect(demoAdminNotice(existing, "listening")).toBeNull();
    expect(demoAdminNotice(null, "listening")).toBeNull();
  });
});
