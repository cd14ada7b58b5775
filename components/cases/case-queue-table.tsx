import type { QueueRow } from "@/lib/server/cases/list-case-queue";
import { DeadlineBadge } from "./deadline-badge";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function CaseQueueTable({ rows }: { rows: QueueRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-8 text-center text-slate-600">No open cases.</p>
    );
  }
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-600">
          <th className="py-2">Reference</th>
          <th>Type</th>
          <th>Regime</th>
          <th>Status</th>
          <th>Assignee</th>
          <th>Received</th>
          <th>Due</th>
          <th>Deadline</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200">
            <td className="py-2 font-mono">{row.reference}</td>
            <td>{row.type}</td>
            <td>{row.regime}</td>
            <td>{row.status}</td>
            <td>{row.assigneeName ?? "Unassigned"}</td>
            <td>{dateFormat.format(row.receivedAt)}</td>
            <td>{row.dueDate}</td>
            <td>
              <DeadlineBadge status={row.deadline} extended={row.extended} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
