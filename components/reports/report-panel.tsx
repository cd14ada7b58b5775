import type { ReactNode } from "react";

/** One dashboard panel: a titled section, what it counts, and its chart or table. */
export function ReportPanel({
  id,
  title,
  description,
  children,
  className = "",
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid={`panel-${id}`}
      className={`space-y-3 rounded-lg border border-slate-200 bg-white p-4 ${className}`}
    >
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-slate-600">{description}</p>
      </div>
      {children}
    </section>
  );
}

/** A big number with its label. */
export function Stat({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2">
      <div className="text-xs font-medium text-slate-600">{label}</div>
      <div className="text-2xl font-semibold tabular-nums">{value}</div>
      {detail && <div className="text-xs text-slate-600">{detail}</div>}
    </div>
  );
}
