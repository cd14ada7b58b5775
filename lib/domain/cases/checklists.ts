import type { RequestType } from "@/lib/db/generated/enums";

/**
 * The staff checklist of each request type (docs/product-rules.md "Request types"), plus the
 * relationship check for guardians and agents. Ticks are stored per item key and audited.
 */
export interface ChecklistItem {
  key: string;
  label: string;
}

const TYPE_ITEMS: Record<string, ChecklistItem[]> = {
  CORRECTION: [
    { key: "identity-other-data", label: "Identity verified with data other than the data being corrected" },
    { key: "accuracy-verified", label: "Accuracy of the corrected value verified" },
    { key: "corrected-in-systems", label: "Data corrected in every system" },
    { key: "restriction-considered", label: "Processing restricted while accuracy is contested, if asked" },
    { key: "recipients-notified", label: "Recipients notified of the correction" },
  ],
  OBJECTION: [
    { key: "direct-marketing-stopped", label: "Direct marketing: stopped at once (cannot be denied)" },
    { key: "grounds-assessed", label: "Otherwise: compelling legitimate grounds assessed" },
    { key: "decision-recorded", label: "Decision and reasons recorded" },
  ],
  WITHDRAWAL: [
    { key: "processing-stopped", label: "Processing based on the consent stopped" },
    { key: "earlier-processing-lawful", label: "Confirmed that earlier processing stays lawful" },
    { key: "deletion-considered", label: "Deletion considered where no other ground remains" },
  ],
  ACCESS: [
    { key: "data-collected", label: "Data collected from every system" },
    { key: "delivered-securely", label: "Copy delivered securely" },
    { key: "recorded", label: "Delivery recorded" },
  ],
  DELETION: [
    { key: "data-deleted", label: "Data deleted from every system" },
    { key: "exceptions-checked", label: "Legal retention exceptions checked" },
    { key: "recorded", label: "Deletion recorded" },
  ],
  GUARDIAN_INQUIRY: [
    { key: "guardianship-verified", label: "Guardianship verified before disclosing anything" },
    { key: "subject-still-minor", label: "Subject is still a minor (an adult must act for themselves)" },
    { key: "answered", label: "Inquiry answered" },
  ],
  OTHER: [{ key: "answered", label: "Question answered" }],
} satisfies Record<RequestType, ChecklistItem[]>;

const RELATIONSHIP_ITEMS: Record<string, ChecklistItem[]> = {
  GUARDIAN: [{ key: "relationship-guardian", label: "Guardian's authority over the minor verified" }],
  AUTHORIZED_AGENT: [{ key: "relationship-agent", label: "Agent's signed authorization verified" }],
};

export function checklistFor(type: string, relationship: string): ChecklistItem[] {
  const own = TYPE_ITEMS[type] ?? [];
  const extra = RELATIONSHIP_ITEMS[relationship] ?? [];
  return [...extra, ...own.filter((item) => !extra.some((e) => e.key === item.key))];
}

/** The items of a case's checklist not ticked yet, in the checklist's order. */
export function untickedItems(type: string, relationship: string, ticked: Iterable<string>): ChecklistItem[] {
  const done = new Set(ticked);
  return checklistFor(type, relationship).filter((item) => !done.has(item.key));
}
