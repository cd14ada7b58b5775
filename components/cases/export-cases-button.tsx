"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/i18n/format";

/**
 * Downloads every case matching the filters as CSV. The export is streamed; the count the server
 * announces drives a progress bar, so a 100,000-row export shows how far it is.
 */
export function ExportCasesButton({ query }: { query: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportAll() {
    setError(null);
    const response = await fetch(`/api/v1/cases/export${query ? `?${query}` : ""}`);
    if (!response.ok || !response.body) {
      setError(t("cases.export.failed", { status: String(response.status) }));
      return;
    }
    const total = Number(response.headers.get("x-total-count") ?? 0);
    const reader = response.body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let lines = 0;
    setProgress({ done: 0, total });
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      for (const byte of value) if (byte === 10) lines += 1;
      setProgress({ done: Math.max(0, lines - 1), total });
    }
    const url = URL.createObjectURL(new Blob(chunks, { type: "text/csv" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `cases-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
    setProgress(null);
  }

  return (
    <div className="flex items-center gap-3 text-sm">
      <Button type="button" variant="secondary" onClick={() => void exportAll()} disabled={progress !== null}>
        {t("cases.export.all")}
      </Button>
      {progress && (
        <>
          <progress max={progress.total || undefined} value={progress.done} aria-label={t("cases.export.progress")} />
          <span aria-live="polite">
            {t("cases.export.progressText", { done: formatNumber(locale, progress.done), rows: t("counts.row", { count: progress.total }) })}
          </span>
        </>
      )}
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
