import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** Sent by an administrator from Settings > Email to check that mail reaches people. */
export const staffTestEmail = defineTemplate({
  name: "staff-test-email",
  payload: z.object({ requestedBy: z.string().min(1).max(200) }),
  render({ requestedBy }, { appUrl, locale }) {
    if (locale === "zh") {
      return plainEmail(
        "Rightsdesk 测试邮件",
        [`这是 ${requestedBy} 从 Rightsdesk 发送的测试邮件。`, "收到此邮件说明邮件发送配置正常。"],
        appUrl,
      );
    }
    return plainEmail(
      "Rightsdesk test email",
      [`This is a test email sent by ${requestedBy} from Rightsdesk.`, "If you can read it, mail delivery works."],
      appUrl,
    );
  },
});
