import { Alert } from "./alert";
import { Button } from "./button";

/** A settings form's end: its Save button, then the server's answer (saved, or why it refused). */
export function SaveFooter({ pending, ok, message }: { pending: boolean; ok: boolean; message?: string }) {
  return (
    <>
      <div>
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      </div>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
    </>
  );
}
