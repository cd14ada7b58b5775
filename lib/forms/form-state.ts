/** The one shape every form action returns (rendered with useActionState). */
export interface FormState {
  errors?: Record<string, string[] | undefined>;
  message?: string;
  ok?: boolean;
}
