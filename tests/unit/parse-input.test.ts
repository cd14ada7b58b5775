import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/server/parse-input";

const schema = z.object({ name: z.string(), items: z.array(z.object({ note: z.string() })) });

describe("parseInput", () => {
  it("refuses a NUL character anywhere in the input, naming each field", () => {
    const error = (() => {
      try {
        parseInput(schema, { name: "ok\u0000", items: [{ note: "fine" }, { note: "\u0000" }] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      status: 400,
      fieldErrors: { name: ["invalid_characters"], "items.1.note": ["invalid_characters"] },
    });
  });

  it("passes clean input to the schema", () => {
    expect(parseInput(schema, { name: "Ada", items: [] })).toEqual({ name: "Ada", items: [] });
    expect(() => parseInput(schema, { name: 1, items: [] })).toThrow(AppError);
  });
});
