import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/domain/intake/countries";
import { contactSchema } from "@/lib/domain/intake/request-schema";

const contact = (country: string) => ({ name: "Alex Example", email: "alex@example.com", country });

describe("the country where the requester lives", () => {
  it("accepts every country the form offers", () => {
    expect(COUNTRIES.filter((code) => !contactSchema.safeParse(contact(code)).success)).toEqual([]);
  });

  it("accepts ISO 3166-1 codes in either case, as upper case, and refuses codes that name no country", () => {
    expect(contactSchema.parse(contact("ie")).country).toBe("IE");
    expect(contactSchema.parse(contact("Ax")).country).toBe("AX");
    for (const code of ["XX", "ZZ", "AA", "QM", "UK", "EU", "I", "IRL", ""]) {
      const parsed = contactSchema.safeParse(contact(code));
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message]), code).toEqual([
        ["country", "invalid_country"],
      ]);
    }
  });
});
