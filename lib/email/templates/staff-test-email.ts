import { z } from "zod";
import { defineTemplate } from "./types";

/** Sent by an administrator from Settings > Email to check that mail reaches people. */
export const staffTestEmail = defineTemplate({
  name: "staff-test-email",
  label: "Test email",
  audience: "Staff",
  payload: z.object({ requestedBy: z.string().min(1).max(200) }),
  placeholders: ["requestedBy"],
  sample: { requestedBy: "Sam Admin" },
  en: ({ requestedBy }) => ({
    subject: "Rightsdesk test email",
    paragraphs: [
      `This is a test email sent by ${requestedBy} from Rightsdesk.`,
      "If you can read it, mail delivery works.",
    ],
  }),
  zh: ({ requestedBy }) => ({
    subject: "Rightsdesk 测试邮件",
    paragraphs: [`这是 ${requestedBy} 从 Rightsdesk 发送的测试邮件。`, "收到此邮件说明邮件发送配置正常。"],
  }),
});
