"use client";

import { useTranslations } from "next-intl";
import { Alert } from "./alert";
import { Button } from "./button";

/** A settings form's end: its Save button, then the server's answer (saved, or why it refused). */
export function SaveFooter({ pending, ok, message }: { pending: boolean; ok: boolean; message?: string }) {
  const t = useTranslations();
  return (
    <>
      <div>
        <Button type="submit" disabled={pending}>
          {t("settings.save")}
        </Button>
      </div>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
    </>
  );
}
