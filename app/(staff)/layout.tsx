import type { ReactNode } from "react";
import { StaffNav } from "@/components/staff/staff-nav";
import { requirePagePermission } from "@/lib/auth/guards";

// Second line of defence after the proxy: the session is re-checked against the database here.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requirePagePermission("cases:read");
  return (
    <>
      <StaffNav actor={actor} />
      <main className="mx-auto max-w-7xl px-6 py-6">{children}</main>
    </>
  );
}
