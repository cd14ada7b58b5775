import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render-email";
import { TEMPLATE_NAMES, templateNamed, templates } from "@/lib/email/templates";
import type { EmailTemplate, RenderedEmail } from "@/lib/email/templates/types";

const appUrl = "https://rd.example";
const organization = { supervisoryAuthority: "Example Authority", complaintContact: "complaints@example.com" };
const UNFILLED = /\{[A-Za-z][A-Za-z0-9_]*\}/;

function expectComplete(email: RenderedEmail, label: string) {
  for (const part of ["subject", "text", "html"] as const) {
    expect(email[part].trim(), `${label} ${part}`).not.toBe("");
    expect(email[part], `${label} ${part}`).not.toMatch(UNFILLED);
    expect(email[part], `${label} ${part}`).not.toMatch(/undefined|null|NaN|\[object /);
  }
  // The only links are the app's own: a template never points a reader anywhere else.
  for (const url of email.text.match(/https?:\/\/\S+/g) ?? [])
    expect(url, label).toMatch(/^https:\/\/rd\.example(\/|$)/);
  expect(email.html, label).not.toMatch(/<(script|img)\b/i);
  // ...and in the HTML part each is a link one can click, and nothing else is.
  for (const url of email.text.match(/https:\/\/rd\.example[A-Za-z0-9\-._~/?#=&%]*/g) ?? [])
    expect(email.html, label).toContain(`<a href="${url.replace(/[.]+$/, "").replace(/&/g, "&amp;")}">`);
  for (const anchor of email.html.match(/<a\b[^>]*>/gi) ?? [])
    expect(anchor, label).toMatch(/^<a href="https:\/\/rd\.example(\/[^"]*)?">$/);
}

describe("the email catalogue", () => {
  it("lists each template once, under its own name", () => {
    expect(new Set(TEMPLATE_NAMES).size).toBe(TEMPLATE_NAMES.length);
    expect(Object.keys(templates)).toEqual(TEMPLATE_NAMES);
    for (const name of TEMPLATE_NAMES) expect(templateNamed(name)?.name).toBe(name);
    expect(templateNamed("no-such-email")).toBeUndefined();
    expect(templateNamed("constructor")).toBeUndefined();
  });

  it("offers administrators no secret field as a placeholder", () => {
    for (const template of Object.values(templates)) {
      const secrets: readonly string[] = template.secretFields;
      expect(
        template.placeholders.filter((name) => secrets.includes(name)),
        template.name,
      ).toEqual([]);
    }
  });

  describe.each(TEMPLATE_NAMES)("%s", (name) => {
    const template = templateNamed(name)!;
    const payload: unknown = template.payload.parse(template.sample);
    const quoted = template.placeholders.map((field) => `{${field}}`).join(" ");

    it.each(template.locales)("renders its sample in %s, with and without an administrator's texts", (locale) => {
      const own = renderEmail(template, payload, { appUrl, locale, organization });
      expectComplete(own, `${name}/${locale}`);
      if (locale === "zh") expect(own.text).toMatch(/\p{Script=Han}/u);

      const texts = {
        subject: `Custom subject ${quoted}`,
        intro: `Opening <b> ${quoted}`,
        closing: `Closing ${quoted}`,
      };
      const custom = renderEmail(template, payload, { appUrl, locale, organization }, texts);
      expectComplete(custom, `${name}/${locale} with texts`);
      expect(custom.subject).toMatch(/^Custom subject/);
      expect(custom.text.startsWith("Opening <b>")).toBe(true);
      expect(custom.text).toContain(own.text.slice(0, own.text.indexOf("\n\n--\n\n")));
      expect(custom.text).toMatch(/\n\nClosing[^\n]*\n\n\n\n--\n\n/);
      expect(custom.html).toContain("<p>Opening &lt;b&gt;");
      expect(custom.html).toContain("<p>Closing");
    });
  });

  it("makes the app's own addresses links in the HTML part, escaped, and leaves any other address as text", () => {
    const template = templates["requester-acknowledgement"];
    const payload = template.payload.parse(template.sample);
    const token = template.sample.statusToken;
    for (const locale of ["en", "zh"] as const) {
      const { html } = renderEmail(template, payload, { appUrl, locale });
      expect(html).toContain(`<a href="https://rd.example/status/${token}">https://rd.example/status/${token}</a>`);
      expect(html).toContain(`<a href="https://rd.example">https://rd.example</a></p>`);
    }
    const { html } = renderEmail(
      template,
      payload,
      { appUrl, locale: "en" },
      {
        intro:
          'See https://rd.example/status?a=1&b=2"><script>x</script>. Or https://rd.example.evil.test/status, http://evil.test/rd.example/ and javascript:alert(1)',
      },
    );
    expect(html).toContain(
      '<p>See <a href="https://rd.example/status?a=1&amp;b=2">https://rd.example/status?a=1&amp;b=2</a>&quot;&gt;&lt;script&gt;x&lt;/script&gt;. Or https://rd.example.evil.test/status, http://evil.test/rd.example/ and javascript:alert(1)</p>',
    );
  });

  it("has a Chinese wording for every email, so each recipient reads theirs in their language", () => {
    const all: EmailTemplate[] = Object.values(templates);
    expect(all.filter((template) => !template.locales.includes("zh")).map((t) => t.name)).toEqual([]);
  });

  it("fills placeholders from the payload and leaves names it does not offer as typed", () => {
    const template = templates["requester-acknowledgement"];
    const payload = template.payload.parse(template.sample);
    const email = renderEmail(
      template,
      payload,
      { appUrl, locale: "en" },
      {
        subject: "About {reference}\n  {statusToken}",
        intro: "Due {dueDate}.",
      },
    );
    expect(email.subject).toBe(`About ${payload.reference} {statusToken}`);
    expect(email.text).toContain(`Due ${payload.dueDate}.`);
  });
});
