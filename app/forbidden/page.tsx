import Link from "next/link";

export default function ForbiddenPage() {
  return (
    <main className="mx-auto mt-24 max-w-md text-center">
      <h1 className="text-xl font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-slate-600">Your role does not include it. Ask an administrator if you need it.</p>
      <Link href="/cases" className="mt-4 inline-block text-blue-700 underline">
        Back to cases
      </Link>
    </main>
  );
}
