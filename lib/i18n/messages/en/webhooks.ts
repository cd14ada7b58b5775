import type { DeliveryStatus } from "@/lib/db/generated/enums";

export const webhooks = {
  /** Webhook deliveries to systems (the delivery log); the result API's refusals are under `problems`. */
  webhooks: {
    log: {
      title: "Webhook deliveries: {system}",
      intro:
        "Each task sent to this system, newest first. A delivery is retried after a timeout, a closed connection or a 5xx answer; a 4xx answer fails it at once and the task goes back to staff.",
      back: "Back to the systems",
      empty: "Nothing has been sent to this system yet.",
      more: "Showing the latest {count}.",
      columns: {
        created: "Queued",
        event: "Event",
        case: "Case",
        status: "Status",
        attempts: "Attempts",
        latency: "Latency",
        code: "Answer",
        next: "Next attempt",
        error: "Last error",
        actions: "Actions",
      },
      latencyMs: "{ms} ms",
      none: "None",
      sendAgain: "Send again",
      sentAgain: "Queued to be sent again.",
      statuses: {
        PENDING: "Waiting",
        SENDING: "Sending",
        DELIVERED: "Delivered",
        FAILED: "Failed",
      } satisfies Record<DeliveryStatus, string>,
      events: {
        created: "New task",
        cancelled: "Task cancelled",
        test: "Test",
        other: "Other",
      },
    },
    errors: {
      http: "The system answered {code}.",
      syncRefused: "The result in the system's answer was not taken ({code}).",
      noUrl: "The system has no webhook URL.",
      noSecret: "The system has no signing secret.",
      caseClosed: "Not sent: the case is closed.",
      taskFinished: "Not sent: the task was finished, waived or cancelled meanwhile.",
      systemOff: "Not sent: the system was deactivated or is no longer reached by webhook.",
      superseded: "Not sent: staff gave the task again, with a new message.",
      taskOpenAgain: "Not sent: staff gave the task again since this message to stop.",
      invalidUrl: "The webhook URL cannot be used.",
      notHttps: "Refused: in production webhooks go only to https URLs.",
      hostNotFound: "The webhook URL's host was not found.",
      privateAddress: "Refused: the host is a private address an administrator has not allowed.",
      loopbackAddress: "Refused: the host is this machine.",
      connectionClosed: "The connection was closed before an answer.",
      connectionRefused: "The system refused the connection.",
      timeout: "The system did not answer in time.",
      other: "Sending failed ({code}).",
      taskFailed: "The webhook could not be delivered: {error}",
    },
  },
};
