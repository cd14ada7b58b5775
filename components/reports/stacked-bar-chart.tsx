import { labelStep, niceMax, ticks } from "@/lib/domain/reports/chart-scale";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface StackedBar {
  /** Full label, for the segment's tooltip. */
  label: string;
  /** Under the axis. */
  shortLabel: string;
  values: Record<string, number>;
  total: number;
}

const WIDTH = 760;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 8, bottom: 36, left: 44 };

/**
 * Vertical bars stacked by series, drawn as SVG on the server. The picture is one image to assistive
 * technology (role="img" with a summary as its name); the legend is text, each segment has a tooltip,
 * and the dashboard's table view carries every number.
 */
export function StackedBarChart({
  summary,
  series,
  bars,
  testId,
  locale,
}: {
  summary: string;
  series: ChartSeries[];
  bars: StackedBar[];
  testId?: string;
  /** The language of the axis's numbers, the segments' tooltips and the legend's name. */
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const max = niceMax(Math.max(0, ...bars.map((b) => b.total)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(2, slot * 0.7);
  const y = (value: number) => MARGIN.top + plotHeight - (value / max) * plotHeight;
  const every = labelStep(bars.length);
  return (
    <div className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        className="h-auto w-full"
        data-testid={testId}
      >
        {ticks(max).map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#475569">
              {formatNumber(locale, tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={bar.label}>
              {series.map((s) => {
                const value = bar.values[s.key] ?? 0;
                if (value === 0) return null;
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return (
                  <rect
                    key={s.key}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                    fill={s.color}
                    stroke="#fff"
                    strokeWidth="0.5"
                  >
                    <title>
                      {t("reports.tooltip", {
                        category: bar.label,
                        series: s.label,
                        value: formatNumber(locale, value),
                      })}
                    </title>
                  </rect>
                );
              })}
              {i % every === 0 && (
                <text
                  x={x + barWidth / 2}
                  y={HEIGHT - MARGIN.bottom + 16}
                  textAnchor="middle"
                  fontSize="11"
                  fill="#475569"
                >
                  {bar.shortLabel}
                </text>
              )}
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={t("reports.legend")}>
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
