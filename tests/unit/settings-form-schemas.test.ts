import { describe, expect, it } from "vitest";
import { importCustomersSchema, updateCustomerSchema } from "@/lib/domain/customers/customer-forms";
import { customerFieldsSchema } from "@/lib/domain/customers/customer-schema";
import { deadlinePolicyFormSchema } from "@/lib/domain/settings/deadline-settings";
import { setStaffDisabledSchema } from "@/lib/domain/users/staff-accounts";
import { emailTextsSchema } from "@/lib/email/template-texts";
import { parseForm } from "@/lib/forms/parse-form";

/**
 * The administration forms as a browser posts them (text, "on" checkboxes, emptied fields), read with
 * each form's schema: what the use-case is handed, or the errors shown next to the fields.
 */
const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const UUID = "5b1f7c1e-6a3b-4c7d-9e2f-0a1b2c3d4e5f";
/** The field errors of a refused form (none when it parsed). */
const errorsOf = (submission: { status?: string } & ({ error: unknown } | object)) =>
  submission.status !== "success" && "error" in submission ? submission.error : null;

describe("administration forms read with their schema", () => {
  it("deadline policy: numbers, ticked and unticked boxes, an empty acknowledgement, the rule for its unit", () => {
    const months = parseForm(
      form([
        ["regime", "EU_GDPR"],
        ["timeZone", "europe/dublin"],
        ["calendar", "IE"],
        ["rule.unit", "MONTHS"],
        ["rule.length", "1"],
        ["rule.extension", "2"],
        ["clockStops", "on"],
        ["acknowledgementBusinessDays", ""],
        ["source", "GDPR Article 12(3)"],
      ]),
      deadlinePolicyFormSchema,
    );
    expect(months.status).toBe("success");
    expect(months.status === "success" && months.value).toEqual({
      regime: "EU_GDPR",
      timeZone: "Europe/Dublin",
      calendar: "IE",
      rule: { unit: "MONTHS", length: 1, extension: 2 },
      clockStops: true,
      identityRestart: false,
      acknowledgementBusinessDays: null,
      source: "GDPR Article 12(3)",
    });

    const days = parseForm(
      form([
        ["regime", "US_CA_CCPA"],
        ["timeZone", "America/Los_Angeles"],
        ["calendar", "US-CA"],
        ["rule.unit", "CALENDAR_DAYS"],
        ["rule.length", "45"],
        ["rule.extension", "45"],
        ["rule.receiptIsDayOne", "on"],
        ["acknowledgementBusinessDays", "10"],
        ["source", "CCPA regulations"],
      ]),
      deadlinePolicyFormSchema,
    );
    expect(days.status === "success" && days.value).toMatchObject({
      rule: { unit: "CALENDAR_DAYS", length: 45, extension: 45, receiptIsDayOne: true, rollForward: false },
      acknowledgementBusinessDays: 10,
    });

    const bad = parseForm(
      form([
        ["regime", "EU_GDPR"],
        ["timeZone", ""],
        ["calendar", "IE"],
        ["rule.unit", "MONTHS"],
        ["rule.length", "13"],
        ["rule.extension", "1.5"],
        ["source", "GDPR"],
      ]),
      deadlinePolicyFormSchema,
    );
    expect(errorsOf(bad)).toEqual({
      timeZone: ["enter_time_zone"],
      "rule.extension": ["whole_number"],
      source: ["say_rule_source"],
    });
    // Months count to 12 at most (days to 365), checked once the numbers are whole.
    const tooLong = parseForm(
      form([
        ["regime", "EU_GDPR"],
        ["timeZone", "Europe/Dublin"],
        ["calendar", "IE"],
        ["rule.unit", "MONTHS"],
        ["rule.length", "13"],
        ["rule.extension", "0"],
        ["source", "GDPR Article 12(3)"],
      ]),
      deadlinePolicyFormSchema,
    );
    expect(errorsOf(tooLong)).toEqual({ "rule.length": ["at_most:12"] });
  });

  it("customer: lists typed one per line, the active box, the language, emptied fields absent", () => {
    const parsed = parseForm(
      form([
        ["customerId", UUID],
        ["name", " Acme Cloud "],
        ["aliases", "Acme\n\nAcme Cloud GmbH"],
        ["contactEmails", "Privacy@Acme.example\ndpo@acme.example"],
        ["agreementReference", ""],
        ["notes", ""],
        ["locale", "zh"],
      ]),
      updateCustomerSchema,
    );
    expect(parsed.status === "success" && parsed.value).toEqual({
      customerId: UUID,
      name: "Acme Cloud",
      aliases: ["Acme", "Acme Cloud GmbH"],
      contactEmails: ["privacy@acme.example", "dpo@acme.example"],
      active: false,
      locale: "zh",
    });
    const ticked = parseForm(
      form([
        ["name", "Acme"],
        ["contactEmails", "a@acme.example"],
        ["active", "on"],
      ]),
      customerFieldsSchema,
    );
    expect(ticked.status === "success" && ticked.value.active).toBe(true);
    const empty = parseForm(form([["name", "Acme"]]), customerFieldsSchema);
    expect(errorsOf(empty)).toEqual({ contactEmails: ["enter_contact_email"] });
  });

  it("customer import: a file input left empty is no file", () => {
    const none = parseForm(form([["file", new File([], "")]]), importCustomersSchema);
    expect(errorsOf(none)).toEqual({ file: ["choose_csv_file"] });
    const chosen = parseForm(form([["file", new File(["name\n"], "customers.csv")]]), importCustomersSchema);
    expect(chosen.status).toBe("success");
  });

  it("email texts: an emptied text is the template's own wording", () => {
    const parsed = parseForm(
      form([
        ["template", "requester-acknowledgement"],
        ["en.subject", "We have your request {reference}"],
        ["en.intro", ""],
      ]),
      emailTextsSchema,
    );
    expect(parsed.status === "success" && parsed.value).toEqual({
      template: "requester-acknowledgement",
      en: { subject: "We have your request {reference}", intro: "", closing: "" },
      zh: { subject: "", intro: "", closing: "" },
    });
  });

  it("disabling an account: the hidden field's true or false", () => {
    const disable = parseForm(
      form([
        ["userId", UUID],
        ["disabled", "true"],
      ]),
      setStaffDisabledSchema,
    );
    expect(disable.status === "success" && disable.value).toEqual({ userId: UUID, disabled: true });
    const enable = parseForm(
      form([
        ["userId", UUID],
        ["disabled", "false"],
      ]),
      setStaffDisabledSchema,
    );
    expect(enable.status === "success" && enable.value).toEqual({ userId: UUID, disabled: false });
  });
});
