import { describe, expect, it } from "vitest";
import { wordErrors } from "@/lib/forms/word-errors";
import { fieldError } from "@/lib/i18n/errors";
import { translatorFor } from "@/lib/i18n/translator";

describe("a form's errors as people read them", () => {
  const errors = {
    name: ["use_at_most:200"],
    email: ["invalid_email", "no_such_key"],
    template: ["Choose an email."],
    "en.subject": [fieldError("unknown_placeholder", { unknown: "{ticket}", offered: "{reference}" })],
    "en.intro": [fieldError("unknown_placeholder", { unknown: "{ticket}", offered: "none" })],
    "": ["Check the highlighted fields."],
  };

  it("words keys in the page's language, with their count or named arguments, and keeps sentences", () => {
    expect(wordErrors(translatorFor("en"), errors)).toEqual({
      name: ["Use at most 200 characters."],
      email: ["Enter a valid email address.", "Something went wrong. Please try again."],
      template: ["Choose an email."],
      "en.subject": ["Unknown placeholder {ticket}. This email can use {reference}."],
      "en.intro": ["Unknown placeholder {ticket}. This email has no placeholders."],
      "": ["Check the highlighted fields."],
    });
    expect(wordErrors(translatorFor("zh"), errors)).toMatchObject({
      name: ["最多 200 个字符。"],
      email: ["请输入有效的电子邮件地址。", "出现问题，请重试。"],
      "en.subject": ["未知的占位符 {ticket}。此邮件可以使用 {reference}。"],
    });
  });
});
