import type { RequestType } from "@/lib/db/generated/enums";

/**
 * What an outside owner's task page and emails ask for, worded from the case's details when shown (nothing
 * copied onto the task): a catalogue key under `taskLink.instructions` and its arguments. Only what the
 * task needs: the item and the new value of a correction, the purpose of an objection or a withdrawal.
 */
export interface TaskInstruction {
  key:
    | "taskLink.instructions.ACCESS"
    | "taskLink.instructions.DELETION"
    | "taskLink.instructions.CORRECTION"
    | "taskLink.instructions.CORRECTION_FROM"
    | "taskLink.instructions.OBJECTION"
    | "taskLink.instructions.OBJECTION_DIRECT_MARKETING"
    | "taskLink.instructions.WITHDRAWAL"
    | "taskLink.instructions.OTHER";
  args: Record<string, string>;
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

export function taskLinkInstruction(kind: RequestType, details: unknown): TaskInstruction {
  const d = (details && typeof details === "object" ? details : {}) as Record<string, unknown>;
  switch (kind) {
    case "ACCESS":
      return { key: "taskLink.instructions.ACCESS", args: {} };
    case "DELETION":
      return { key: "taskLink.instructions.DELETION", args: {} };
    case "CORRECTION": {
      const args = { item: text(d.dataItem), value: text(d.correctedValue) };
      const before = text(d.currentValue);
      return before
        ? { key: "taskLink.instructions.CORRECTION_FROM", args: { ...args, before } }
        : { key: "taskLink.instructions.CORRECTION", args };
    }
    case "OBJECTION":
      return d.directMarketing === true
        ? { key: "taskLink.instructions.OBJECTION_DIRECT_MARKETING", args: {} }
        : { key: "taskLink.instructions.OBJECTION", args: { purpose: text(d.processing) } };
    case "WITHDRAWAL":
      return { key: "taskLink.instructions.WITHDRAWAL", args: { purpose: text(d.consentPurpose) } };
    default:
      return { key: "taskLink.instructions.OTHER", args: {} };
  }
}
