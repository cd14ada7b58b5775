// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope } from "../support/request-scope";
import { renderPage } from "../support/render-page";
import { describe, expect, it } from "vitest";
import HomePage from "@/app/(public)/page";
import RequestPage from "@/app/(public)/request/[type]/page";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { messages } from "@/lib/i18n/messages";
import { repeatedRuns } from "../support/visible-text";

const home = (language: string) =>
  inRequestScope("http://localhost/", { "accept-language": language }, async () =>
    renderPage(await HomePage()),
  );

const requestForm = (slug: string, language: string) =>
  inRequestScope(`http://localhost/request/${slug}`, { "accept-language": language }, async () =>
    renderPage(await RequestPage({ params: Promise.resolve({ type: slug }) })),
  );

describe("the home page", () => {
  it("names the staff sign-in link in the page's language", async () => {
    const zh = await home("zh-CN");
    expect(zh).toMatch(/<a [^>]*href="\/sign-in"[^>]*>员工登录<\/a>/);
    expect(zh).not.toContain("Staff sign-in");
    expect(await home("en")).toMatch(/<a [^>]*href="\/sign-in"[^>]*>Staff sign-in<\/a>/);
  });

  it("names each Start link with its request type, in Chinese with a full-width colon and no space", async () => {
    expect(await home("zh-CN")).toContain('aria-label="开始：反对使用我的数据"');
    expect(await home("en")).toContain('aria-label="Start: Object to how my data is used"');
  });
});

describe("the request form", () => {
  it("shows no heading or label twice in a row, in either language", async () => {
    for (const slug of REQUEST_TYPES.map((type) => type.toLowerCase().replace(/_/g, "-"))) {
      for (const language of ["en", "zh-CN"]) {
        const html = await requestForm(slug, language);
        expect(repeatedRuns(html), `${slug} ${language}`).toEqual([]);
      }
    }
    // The radio group keeps its name for screen readers.
    expect(await requestForm("access", "en")).toMatch(/<legend class="sr-only">Who are you\?<\/legend>/);
  });

  it("titles the page with the request type, in Chinese after a full-width colon without a space", async () => {
    expect(await requestForm("objection", "zh-CN")).toContain(
      '<h1 class="mb-2 text-2xl font-semibold">请求：反对使用我的数据</h1>',
    );
    expect(await requestForm("objection", "en")).toContain(">Request: Object to how my data is used</h1>");
  });

  it("offers the files as a button in the page's language, the native input hidden but named by the field's label", async () => {
    const zh = await requestForm("correction", "zh-CN");
    const label = /<label for="files"[^>]*>([\s\S]*?)<\/label>/.exec(zh)?.[1] ?? "";
    expect(label).toContain(messages.zh.form.files);
    expect(label).toMatch(/<input [^>]*type="file"[^>]*class="peer sr-only"/);
    expect(label).toMatch(/<span [^>]*>选择文件<\/span>/);
    expect(zh).toContain(">未选择文件</p>");
    expect(zh).not.toContain("Choose files");
    expect(await requestForm("correction", "en")).toMatch(/<span [^>]*>Choose files<\/span>/);
  });
});
