import { barLength, niceMax } from "@/lib/domain/reports/chart-scale";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

export interface BarRow {
  label: string;
  /** One value per series, as precise as it is displayed; zero or null ("no data") draws no bar. */
  values: (number | null)[];
  /** What is written after each bar, per series. */
  display: string[];
}

const PLOT = 220;
const VALUE = 110;
/** A label's width at 12 px: about 6.6 px a Latin character, a full 12 px a Chinese one (or full-width sign). */
const textWidth = (label: string) => [...label].reduce((sum, c) => sum + (c.codePointAt(0)! >= 0x2e80 ? 12 : 6.6), 0);
/** Room for the category labels: SVG text does not wrap, so the longest label sets it. */
const labelWidth = (labels: string[]) =>
  Math.min(300, Math.max(80, Math.ceil(Math.max(0, ...labels.map(textWidth))) + 12));
const BAR = 14;
const GAP = 10;

/**
 * Horizontal bars, one row per category and one bar per series in it, drawn as SVG on the server. One
 * image to assistive technology, named by `summary`; the values are also written next to the bars and
 * in the table view.
 */
export function BarListChart({
  summary,
  rows,
  series,
  max,
  testId,
  locale,
}: {
  summary: string;
  rows: BarRow[];
  series: { label: string; color: string }[];
  /** The scale's end (1 for rates); by default a round number above the largest value. */
  max?: number;
  testId?: string;
  /** The language of the legend's name and the bars' tooltips. */
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const scaleMax = max ?? niceMax(Math.max(0, ...rows.flatMap((r) => r.values.map((v) => v ?? 0))));
  const rowHeight = series.length * BAR + GAP;
  const height = Math.max(rowHeight, rows.length * rowHeight);
  const labelSpace = labelWidth(rows.map((r) => r.label));
  const plot = PLOT;
  const totalWidth = labelSpace + PLOT + VALUE;
  return (
    <div className="space-y-2">
      <svg
        viewBox={`0 0 ${totalWidth} ${height}`}
        width={totalWidth}
        role="img"
        aria-label={summary}
        className="h-auto max-w-full"
        data-testid={testId}
      >
        {rows.map((row, r) => {
          const top = r * rowHeight;
          return (
            <g key={row.label}>
              <text
                x={labelSpace - 8}
                y={top + (series.length * BAR) / 2 + 4}
                textAnchor="end"
                fontSize="12"
                fill="#0f172a"
              >
                {row.label}
              </text>
              {series.map((s, i) => {
                const value = row.values[i] ?? null;
                const width = barLength(value, scaleMax, plot);
                const y = top + i * BAR;
                return (
                  <g key={s.label}>
                    {width > 0 && (
                      <rect x={labelSpace} y={y + 1} width={width} height={BAR - 2} fill={s.color}>
                        <title>
                          {t("reports.tooltip", { category: row.label, series: s.label, value: row.display[i] ?? "" })}
                        </title>
                      </rect>
                    )}
                    <text x={labelSpace + width + 4} y={y + BAR - 3} fontSize="11" fill="#334155">
                      {row.display[i]}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="flex flex-wrap gap-x-4 text-xs text-slate-700" aria-label={t("reports.legend")}>
          {series.map((s) => (
            <li key={s.label} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 rounded-sm"
                style={{ backgroundColor: s.color }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
