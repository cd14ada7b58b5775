// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope } from "../support/request-scope";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import HomePage from "@/app/(public)/page";

const home = (language: string) =>
  inRequestScope("http://localhost/", { "accept-language": language }, async () =>
    renderToStaticMarkup(await HomePage()),
  );

describe("the home page", () => {
  it("names the staff sign-in link in the page's language", async () => {
    const zh = await home("zh-CN");
    expect(zh).toMatch(/<a [^>]*href="\/sign-in"[^>]*>员工登录<\/a>/);
    expect(zh).not.toContain("Staff sign-in");
    expect(await home("en")).toMatch(/<a [^>]*href="\/sign-in"[^>]*>Staff sign-in<\/a>/);
  });
});
