import type { FormAction } from "./form-action";

/**
 * A form action whose reply never sends back the values of `names` (passwords): the page's field keeps
 * what was typed, but the server's answer, which a no-JavaScript page renders into its HTML, does not.
 */
export function withoutValues(action: FormAction, names: readonly string[]): FormAction {
  return async (previous, formData) => {
    const reply = await action(previous, formData);
    if (!reply.initialValue) return reply;
    const initialValue = { ...reply.initialValue };
    for (const name of names) delete initialValue[name];
    return { ...reply, initialValue };
  };
}
