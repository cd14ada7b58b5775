import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Staff sign-in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Rightsdesk staff sign-in</h1>
      <p className="mb-6 text-sm text-slate-600">For privacy officers, analysts, auditors and administrators.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
