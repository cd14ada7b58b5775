import "server-only";

/** The case forms' shared fields live with their schemas in lib/domain (the browser checks with them too). */
export { caseInput, staffText } from "@/lib/domain/cases/case-fields";
