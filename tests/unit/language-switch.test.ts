import { describe, expect, it, vi } from "vitest";
import { setLocaleAction } from "@/lib/actions/public/language";

// The action sets the language cookie through next/headers, which needs a live request: a stand-in jar.
const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string }[] }));
vi.mock("next/headers", () => ({
  cookies: () => Promise.resolve({ set: (name: string, value: string) => void jar.set.push({ name, value }) }),
  headers: () => Promise.resolve(new Headers()),
}));

/** Where the language switch sends the browser back to, given the form's return path. */
async function returnsTo(returnTo: string): Promise<string> {
  const form = new FormData();
  form.set("locale", "zh");
  form.set("returnTo", returnTo);
  try {
    await setLocaleAction(undefined, form);
  } catch (error) {
    // redirect() throws an error whose digest names the target: "NEXT_REDIRECT;<type>;<url>;<status>;".
    const digest = String((error as { digest?: unknown }).digest);
    if (digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2]!;
    throw error;
  }
  throw new Error("the action did not redirect");
}

describe("the language switch's return path", () => {
  it("goes back to the page it was used on, query included", async () => {
    expect(await returnsTo("/request/correction")).toBe("/request/correction");
    expect(await returnsTo("/verify?request=abc%20def")).toBe("/verify?request=abc%20def");
    expect(jar.set.at(-1)).toEqual({ name: "rd_locale", value: "zh" });
  });

  it.each([
    "/\\evil.example",
    "//evil.example",
    "https://evil.example",
    "/%5Cevil.example",
    "/%5cevil.example/status",
    "/%2F%2Fevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    " /evil",
    "",
  ])("never leads off the site: %j goes to the home page", async (attack) => {
    expect(await returnsTo(attack)).toBe("/");
  });
});
