import type { RequestType } from "@/lib/db/generated/enums";
import type { cases } from "@/lib/i18n/messages/en/cases";
import { translatorFor } from "@/lib/i18n/translator";

/** An item's words in the catalogue: `cases.checklist.items.<message>`. */
export type ChecklistMessage = keyof (typeof cases)["cases"]["checklist"]["items"];

/**
 * The staff checklist of each request type (docs/product-rules.md "Request types"), plus the
 * relationship check for guardians and agents. Ticks are stored per item key and audited; pages show an
 * item's words from the catalogue by its message, `cases.checklist.items.<message>` (two types share the
 * keys "recorded" and "answered" with different words, so the words are named apart from the key).
 */
export interface ChecklistItem {
  key: string;
  message: ChecklistMessage;
  /** The item in English, for the messages not written in the reader's language yet. */
  label: string;
}

const english = translatorFor("en");

function item(key: ChecklistMessage): ChecklistItem;
function item(key: string, message: ChecklistMessage): ChecklistItem;
function item(key: string, message = key as ChecklistMessage): ChecklistItem {
  return { key, message, label: english(`cases.checklist.items.${message}`) };
}

const TYPE_ITEMS: Record<string, ChecklistItem[]> = {
  CORRECTION: [
    item("identity-other-data"),
    item("accuracy-verified"),
    item("corrected-in-systems"),
    item("restriction-considered"),
    item("recipients-notified"),
  ],
  OBJECTION: [
    item("direct-marketing-stopped"),
    item("grounds-assessed"),
    item("decision-recorded"),
  ],
  WITHDRAWAL: [
    item("processing-stopped"),
    item("earlier-processing-lawful"),
    item("deletion-considered"),
  ],
  ACCESS: [
    item("data-collected"),
    item("delivered-securely"),
    item("recorded", "delivery-recorded"),
  ],
  DELETION: [
    item("data-deleted"),
    item("exceptions-checked"),
    item("recorded", "deletion-recorded"),
  ],
  GUARDIAN_INQUIRY: [
    item("guardianship-verified"),
    item("subject-still-minor"),
    item("answered", "inquiry-answered"),
  ],
  OTHER: [item("answered", "question-answered")],
} satisfies Record<RequestType, ChecklistItem[]>;

const RELATIONSHIP_ITEMS: Record<string, ChecklistItem[]> = {
  GUARDIAN: [item("relationship-guardian")],
  AUTHORIZED_AGENT: [item("relationship-agent")],
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
