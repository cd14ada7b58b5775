import { describe, expect, it } from "vitest";
import { requestFromFields } from "@/lib/domain/intake/form-data";
import { requestSchema } from "@/lib/domain/intake/request-schema";

describe("the public form's fields become the API's request", () => {
  it("nests dotted names, reads checkboxes and drops the other relationship's fields", () => {
    const request = requestFromFields([
      ["type", "CORRECTION"],
      ["relationship", "SELF"],
      ["details.dataItem", "Name"],
      ["details.correctedValue", "Zhang Wei"],
      ["details.restrictProcessing", "on"],
      ["requester.name", "Zhang Wei"],
      ["requester.email", "zw@example.com"],
      ["requester.phone", ""],
      ["requester.country", "CN"],
      ["requester.locale", "zh"],
      ["subject.name", "left over"],
      ["website", ""],
    ]);
    expect(request).toEqual({
      type: "CORRECTION",
      relationship: "SELF",
      details: { dataItem: "Name", correctedValue: "Zhang Wei", restrictProcessing: true },
      requester: { name: "Zhang Wei", email: "zw@example.com", country: "CN", locale: "zh" },
      subjectIsMinor: false,
      website: "",
    });
    expect(requestSchema.safeParse(request).success).toBe(true);
  });

  it("keeps an unanswered direct-marketing question unanswered", () => {
    const request = requestFromFields([
      ["type", "OBJECTION"],
      ["details.processing", "Ads"],
    ]);
    expect((request.details as Record<string, unknown>).directMarketing).toBeUndefined();
    const parsed = requestSchema.safeParse({
      ...request,
      relationship: "SELF",
      requester: { name: "A", email: "a@example.com", country: "DE" },
    });
    expect(parsed.success).toBe(false);
  });
});
