import type { StaffRole } from "./roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; role?: StaffRole; name?: string | null; email?: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: string;
  }
}
