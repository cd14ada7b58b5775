import "server-only";
import type { DemoAdminResult } from "./ensure-demo-admin";

/**
 * What `npm start` prints about the demo administrator: nothing unless this start created it; then its
 * email and password once when it is created and once more when the server is listening, because a
 * first start's build output scrolls the first notice away. Printed to the terminal only, never logged
 * elsewhere; the password exists nowhere else (only its hash is stored).
 */
export function demoAdminNotice(admin: DemoAdminResult | null, moment: "created" | "listening"): string | null {
  if (!admin?.created) return null;
  const heading =
    moment === "created"
      ? "Demo staff account created (shown now and once more when the server is ready, never again):"
      : "Demo staff account created by this start (shown above too; it will not be shown again):";
  return `\n  ${heading}\n    email:    ${admin.email}\n    password: ${admin.password}\n`;
}
