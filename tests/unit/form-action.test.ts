import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/languages";
import type * as localeModule from "@/lib/i18n/locale";

const guards = vi.hoisted(() => ({ requirePermission: vi.fn() }));
vi.mock("@/lib/auth/guards", () => guards);
// The visitor's language, which the request's cookie or Accept-Language would give.
const visitor = vi.hoisted((): { locale: Locale } => ({ locale: "en" }));
vi.mock("@/lib/i18n/locale", async (importOriginal) => ({
  ...(await importOriginal<typeof localeModule>()),
  requestLocale: () => Promise.resolve({ locale: visitor.locale }),
}));

import { AppError } from "@/lib/errors/app-error";
import { publicFormAction, staffFormAction } from "@/lib/forms/form-action";
import { requestFormSchema } from "@/lib/forms/request-form-schema";
import { parseForm } from "@/lib/forms/parse-form";

const schema = z.object({
  name: z.string({ error: () => "required" }).min(1),
  notify: z.boolean().default(false),
  contact: z.object({ email: z.email("invalid_email") }),
});

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe("the one form-action wrapper", () => {
  beforeEach(() => {
    guards.requirePermission.mockReset();
    visitor.locale = "en";
  });

  it("answers bad input with field errors and never calls the use-case", async () => {
    const run = vi.fn();
    const reply = await publicFormAction({ schema, run })(undefined, form({ "contact.email": "nope" }));
    expect(run).not.toHaveBeenCalled();
    expect(reply.status).toBe("error");
    expect(reply.error).toMatchObject({ name: ["required"], "contact.email": ["invalid_email"] });
    expect(reply.initialValue).toEqual({ contact: { email: "nope" } });
  });

  it("hands the use-case typed values: nested names, a ticked checkbox, empty fields absent", async () => {
    const run = vi.fn(() => Promise.resolve("saved"));
    const reply = await publicFormAction({ schema, run })(
      undefined,
      form({ name: "Wei", notify: "on", "contact.email": "wei@example.com" }),
    );
    expect(run).toHaveBeenCalledWith(
      { name: "Wei", notify: true, contact: { email: "wei@example.com" } },
      { formData: expect.any(FormData) as unknown },
    );
    expect(reply).toMatchObject({ status: "success", message: "saved" });
  });

  it("keeps what was typed when the use-case refuses, with its field errors or its message", async () => {
    const typed = { name: "Wei", "contact.email": "wei@example.com" };
    const byField = publicFormAction({
      schema,
      run: () =>
        Promise.reject(
          new AppError("VALIDATION", "problems.checkFields", {
            name: ["use_at_most:200"],
            _form: ["invalid_characters"],
          }),
        ),
    });
    const fieldReply = await byField(undefined, form(typed));
    // Field errors stay keys (the form's hook words them); the whole form's error is worded here.
    expect(fieldReply.error).toEqual({ name: ["use_at_most:200"], "": ["Please do not use < or > here."] });
    expect(fieldReply.initialValue).toEqual({ name: "Wei", contact: { email: "wei@example.com" } });

    const limited = publicFormAction({
      schema,
      run: () => Promise.reject(new AppError("RATE_LIMITED", "problems.tooManyLinkRequests")),
    });
    const limitReply = await limited(undefined, form(typed));
    expect(limitReply.error).toEqual({ "": ["Too many link requests. Try again later."] });
    expect(limitReply.initialValue).toEqual({ name: "Wei", contact: { email: "wei@example.com" } });

    // The database out of reach for a moment (a 503 to an API client): the form keeps everything too.
    const unavailable = publicFormAction({
      schema,
      run: () => Promise.reject(Object.assign(new Error("Connection terminated unexpectedly"), { code: "57P01" })),
    });
    const downReply = await unavailable(undefined, form(typed));
    expect(downReply.error).toEqual({ "": ["The service is briefly unavailable. Try again in a few seconds."] });
    expect(downReply.initialValue).toEqual({ name: "Wei", contact: { email: "wei@example.com" } });
  });

  it("hands the form what a successful use-case answered with, besides the message", async () => {
    const reveal = publicFormAction({ schema, run: () => Promise.resolve({ data: { shown: "Wei" } }) });
    const reply = await reveal(undefined, form({ name: "Wei", "contact.email": "w@example.com" }));
    expect(reply).toMatchObject({ status: "success", data: { shown: "Wei" } });
    expect(reply.message).toBeUndefined();
  });

  it("throws unexpected errors on to the error boundary", async () => {
    const broken = publicFormAction({ schema, run: () => Promise.reject(new Error("bug")) });
    await expect(broken(undefined, form({ name: "Wei", "contact.email": "w@example.com" }))).rejects.toThrow("bug");
  });

  it("checks the staff member's permission before the use-case runs", async () => {
    guards.requirePermission.mockImplementation(() =>
      Promise.reject(new AppError("FORBIDDEN", "problems.roleNotAllowed")),
    );
    const run = vi.fn();
    const reply = await staffFormAction("settings:manage", { schema, run })(
      undefined,
      form({ name: "Wei", "contact.email": "w@example.com" }),
    );
    expect(guards.requirePermission).toHaveBeenCalledWith("settings:manage");
    expect(run).not.toHaveBeenCalled();
    expect(reply.error).toEqual({ "": ["Your role does not allow this."] });
  });

  it("words the form's error in the visitor's language, and a staff form's in the staff member's", async () => {
    const typed = { name: "Wei", "contact.email": "w@example.com" };
    visitor.locale = "zh";
    const closed = publicFormAction({
      schema,
      run: () => Promise.reject(new AppError("CONFLICT", "problems.requestClosed")),
    });
    expect((await closed(undefined, form(typed))).error).toEqual({ "": ["该请求已关闭。"] });
    // Refused before there is a staff member (signed out): the visitor's language.
    guards.requirePermission.mockImplementation(() =>
      Promise.reject(new AppError("UNAUTHENTICATED", "problems.signInRequired")),
    );
    const signedOut = await staffFormAction("cases:work", { schema, run: vi.fn() })(undefined, form(typed));
    expect(signedOut.error).toEqual({ "": ["请登录后继续。"] });
    // A staff member reading English on a Chinese browser: their own language.
    visitor.locale = "zh";
    guards.requirePermission.mockResolvedValue({ id: "u1", role: "ANALYST", locale: "en" });
    const assign = staffFormAction("cases:work", {
      schema,
      run: () => Promise.reject(new AppError("FORBIDDEN", "problems.analystsAssignThemselves")),
    });
    expect((await assign(undefined, form(typed))).error).toEqual({
      "": ["Analysts can assign cases to themselves only."],
    });
    guards.requirePermission.mockResolvedValue({ id: "u2", role: "ANALYST", locale: "zh" });
    expect((await assign(undefined, form(typed))).error).toEqual({ "": ["分析员只能将案件分配给自己。"] });
  });
});

describe("the public request form's schema", () => {
  it("reads the form's fields as the API's request, with the files beside it", () => {
    const data = form({
      type: "CORRECTION",
      relationship: "SELF",
      "details.dataItem": "Name",
      "details.correctedValue": "Zhang Wei",
      "details.restrictProcessing": "on",
      "requester.name": "Zhang Wei",
      "requester.email": "zw@example.com",
      "requester.phone": "",
      "requester.country": "CN",
      "requester.locale": "zh",
      website: "",
    });
    data.append("files", new File([], "blob"));
    const submission = parseForm(data, requestFormSchema);
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toMatchObject({
      type: "CORRECTION",
      relationship: "SELF",
      subjectIsMinor: false,
      details: { dataItem: "Name", correctedValue: "Zhang Wei", restrictProcessing: true },
      requester: { name: "Zhang Wei", email: "zw@example.com", country: "CN", locale: "zh" },
      files: [],
    });
  });

  it("reads the direct-marketing radio's yes and no, and keeps no answer unanswered", () => {
    const objection = (answer?: string) =>
      form({
        type: "OBJECTION",
        relationship: "SELF",
        "details.processing": "Ads",
        ...(answer ? { "details.directMarketing": answer } : {}),
        "requester.name": "A",
        "requester.email": "a@example.com",
        "requester.country": "DE",
      });
    const yes = parseForm(objection("yes"), requestFormSchema);
    expect(yes.status === "success" && yes.value.details).toEqual({ processing: "Ads", directMarketing: true });
    const no = parseForm(objection("no"), requestFormSchema);
    expect(no.status === "error" && no.error).toMatchObject({ "details.grounds": ["grounds_required"] });
    const none = parseForm(objection(), requestFormSchema);
    expect(none.status === "error" && none.error).toMatchObject({ "details.directMarketing": ["required"] });
  });

  it("refuses files beyond the limits before they are sent", () => {
    const data = form({ type: "ACCESS" });
    for (let i = 0; i < 4; i++) data.append("files", new File(["x"], `scan-${i}.exe`));
    const submission = parseForm(data, requestFormSchema);
    expect(submission.status === "error" && submission.error?.files).toEqual([
      "too_many_files",
      "file_type_not_allowed",
    ]);
  });
});
