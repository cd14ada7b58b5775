import type { RequestType } from "@/lib/db/generated/enums";
import { makesTasks } from "./task-rules";

/**
 * What a task asks its system to do, worded from the case's details when shown (docs/product-rules.md
 * "Fulfilment"): nothing of the request is copied onto the task. The words are the catalogue's,
 * `tasks.instructions.<key>`, in the reader's language (staff: theirs; an outside owner: the system's);
 * the arguments are the request's own values as the requester typed them (shown as typed).
 */
export type InstructionKey =
  | "access"
  | "deletion"
  | "correction"
  | "correctionFromTo"
  | "objection"
  | "objectionMarketing"
  | "withdrawal"
  | "other";

export interface Instruction {
  key: InstructionKey;
  args: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (details: Record<string, unknown>, field: string): string | undefined => {
  const value = details[field];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/** The instruction of a task of this kind on a case with these details (the case's `details` JSON). */
export function taskInstruction(kind: RequestType, details: unknown): Instruction {
  const d = isRecord(details) ? details : {};
  if (!makesTasks(kind)) return { key: "other", args: {} };
  switch (kind) {
    case "ACCESS":
      return { key: "access", args: {} };
    case "DELETION":
      return { key: "deletion", args: {} };
    case "CORRECTION": {
      const item = text(d, "dataItem") ?? "";
      const value = text(d, "correctedValue") ?? "";
      const before = text(d, "currentValue");
      return before
        ? { key: "correctionFromTo", args: { item, before, value } }
        : { key: "correction", args: { item, value } };
    }
    case "OBJECTION": {
      const purpose = text(d, "processing") ?? "";
      return d.directMarketing === true
        ? { key: "objectionMarketing", args: { purpose } }
        : { key: "objection", args: { purpose } };
    }
    case "WITHDRAWAL":
      return { key: "withdrawal", args: { purpose: text(d, "consentPurpose") ?? "" } };
  }
}

/** What a system needs to find a correction's record: the item and the values before and after. */
export function correctionOf(details: unknown): { item: string; before: string | null; after: string } | null {
  if (!isRecord(details)) return null;
  const item = text(details, "dataItem");
  const after = text(details, "correctedValue");
  if (!item || !after) return null;
  return { item, before: text(details, "currentValue") ?? null, after };
}
