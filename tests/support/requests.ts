/** A valid public request, to vary per test. */
export function correctionRequest(overrides: Record<string, unknown> = {}) {
  return {
    type: "CORRECTION",
    relationship: "SELF",
    details: { dataItem: "Postal address", currentValue: "1 Old Road", correctedValue: "2 New Street" },
    requester: {
      name: "Alex Example",
      email: `alex-${Math.random().toString(36).slice(2)}@example.com`,
      phone: "+44 20 7946 0000",
      postalAddress: "2 New Street, London",
      country: "GB",
      locale: "en",
    },
    ...overrides,
  };
}

export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
