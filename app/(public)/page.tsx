import Link from "next/link";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-3xl font-semibold">Your rights over your personal data</h1>
      <p className="mt-4 text-slate-700">
        You can ask us to correct your data, object to how we use it, withdraw your consent, see or delete it, ask about
        a child&apos;s data as their guardian, or ask us to pass your request to the business customer who gave us your
        data.
      </p>
      <p className="mt-8 text-sm text-slate-500">
        Staff:{" "}
        <Link href="/sign-in" className="text-blue-700 underline">
          sign in
        </Link>
      </p>
    </main>
  );
}
