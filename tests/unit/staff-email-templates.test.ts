import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render-email";
import { templates } from "@/lib/email/templates";

const context = { appUrl: "https://rd.example", locale: "en" as const };

describe("staff email templates", () => {
  it("tells the assignee which case is theirs and who assigned it, with the case link", () => {
    const payload = templates["staff-assignment"].payload.parse({
      reference: "DSR-2026-000042",
      caseId: "8d6c2a3e-4f7b-4c1d-9e0a-1b2c3d4e5f60",
      assignedByName: "Priya Officer",
    });
    const email = renderEmail(templates["staff-assignment"], payload, context);
    expect(email.subject).toBe("DSR-2026-000042 was assigned to you");
    expect(email.text).toContain("Priya Officer assigned case DSR-2026-000042 to you.");
    expect(email.text).toContain("https://rd.example/cases/8d6c2a3e-4f7b-4c1d-9e0a-1b2c3d4e5f60");
    expect(templates["staff-assignment"].payload.safeParse({ reference: "DSR-1" }).success).toBe(false);
  });

  it("sends the invitation link and marks its token secret; HTML is escaped", () => {
    const payload = { name: "Ada <b>", role: "AUDITOR", invitedByName: "Admin", token: "t".repeat(43) } as const;
    const email = renderEmail(
      templates["staff-invitation"],
      templates["staff-invitation"].payload.parse(payload),
      context,
    );
    expect(email.text).toContain(`https://rd.example/invite/${"t".repeat(43)}`);
    expect(email.text).toContain("as auditor");
    expect(email.html).toContain("Ada &lt;b&gt;");
    expect(templates["staff-invitation"].secretFields).toEqual(["token"]);
  });

  it("digest subject leads with what is overdue, or with the week when nothing is", () => {
    const empty = { count: 0, references: [] };
    const quiet = renderEmail(
      templates["staff-daily-digest"],
      {
        day: "2026-06-10",
        dueThisWeek: { count: 1, references: ["DSR-2026-000001"] },
        overdue: empty,
        unassigned: empty,
      },
      context,
    );
    expect(quiet.subject).toBe("Rightsdesk 2026-06-10: 1 due this week, 0 unassigned");
    expect(quiet.text).not.toContain("more");
  });
});
