import { z } from "zod";
import { SAMPLE_REFERENCE, SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

const KINDS = ["ACCESS", "DELETION", "CORRECTION", "OBJECTION", "WITHDRAWAL", "GUARDIAN_INQUIRY", "OTHER"] as const;

/**
 * To an outside owner of a system: the system has its part of a data-subject request to do. What to do sits
 * behind the task link (its token leaves the outbox row once sent). Written in the system's language.
 */
export const taskAssigned = defineTemplate({
  name: "task-assigned",
  label: (t) => t("emails.taskAssigned.label"),
  audience: "Owner",
  payload: z.object({
    reference: z.string(),
    systemName: z.string(),
    kind: z.enum(KINDS),
    dueDate: z.string(),
    token: z.string(),
    expiresAt: z.string(),
  }),
  secretFields: ["token"],
  placeholders: ["reference", "systemName", "dueDate"],
  sample: {
    reference: SAMPLE_REFERENCE,
    systemName: "Example CRM",
    kind: "CORRECTION",
    dueDate: "2026-12-18",
    token: SAMPLE_TOKEN,
    expiresAt: "2027-01-17",
  },
  write: ({ reference, systemName, kind, dueDate, token, expiresAt }, { t, appUrl }) => ({
    subject: t("emails.taskAssigned.subject", { reference, systemName }),
    paragraphs: [
      t("emails.taskAssigned.body", { systemName, kind: t(`emails.taskAssigned.kinds.${kind}`), dueDate }),
      t("emails.taskAssigned.link", { expiresOn: expiresAt.slice(0, 10), url: `${appUrl}/task/${token}` }),
      t("emails.taskAssigned.options"),
    ],
  }),
});
