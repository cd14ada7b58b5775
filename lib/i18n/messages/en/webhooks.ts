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
  },
};
