import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Settings" };

const PAGES = [
  {
    href: "/settings/deadlines",
    title: "Deadlines and calendars",
    about: "Each regime's legal time limit and the official holiday schedules it counts on.",
  },
  {
    href: "/settings/organization",
    title: "Organization",
    about: "Who email comes from; the supervisory authority and complaint contact named in denials.",
  },
  {
    href: "/settings/email-texts",
    title: "Email texts",
    about: "Subjects and added paragraphs of every email, in English and Chinese, with a preview.",
  },
  { href: "/settings/routing", title: "Routing", about: "The clock on requests passed to business customers." },
  {
    href: "/settings/retention",
    title: "Retention",
    about: "How long personal data is kept, and what the next run anonymizes.",
  },
  { href: "/settings/users", title: "Users", about: "Staff accounts, roles and invitations." },
  { href: "/settings/email", title: "Email delivery", about: "The outbox, failed emails and a test email." },
];

export default async function SettingsPage() {
  await requirePagePermission("settings:manage", "/settings");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {PAGES.map((page) => (
          <li key={page.href} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={page.href} className="font-medium text-blue-800 underline">
              {page.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{page.about}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
