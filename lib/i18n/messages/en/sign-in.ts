export const signIn = {
  signIn: {
    pageTitle: "Staff sign-in",
    title: "Rightsdesk staff sign-in",
    intro: "For privacy officers, analysts, auditors and administrators.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    invalid: "The email or password is not correct.",
    disabled: "This account is disabled. Ask an administrator.",
    rateLimited: "Too many failed sign-in attempts. Try again in {wait}.",
    failed:
      "{count, plural, one {There was 1 failed sign-in attempt on your account since your previous sign-in, on {time}. If it was not you, tell an administrator.} other {There were # failed sign-in attempts on your account since your previous sign-in, the last on {time}. If they were not you, tell an administrator.}}",
    dismiss: "Dismiss",
  },
  /** Nouns after a count, by plural category (lib/i18n/plural.ts); Chinese has one form. */
} as const;
