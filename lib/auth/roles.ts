// The role list and permission table are pure rules: they live in the domain core
// (lib/domain/auth/roles.ts) so it can use them; guards and pages keep importing them from here.
export * from "@/lib/domain/auth/roles";
