import { startTransition, type FormEvent } from "react";

/**
 * A form's onSubmit that runs its action without React's reset of the form afterwards, so a refused
 * value stays in its field next to its error. Without JavaScript the form posts its action as usual.
 */
export function submitKeepingValues(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };
}
