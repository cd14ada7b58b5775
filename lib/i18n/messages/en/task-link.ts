import type { TaskResult, TaskState } from "@/lib/db/generated/enums";

/**
 * Manual tasks: the outside owner's task page (`taskLink`), the staff owner's "My tasks" (`myTasks`) and
 * the fulfilment settings page (`fulfilmentSettings`).
 */
export const taskLink = {
  taskLink: {
    title: "Task",
    heading: "Task on data-subject request {reference}",
    intro:
      "{systemName} holds some of this person's data. Please do what is asked below in the system, then tell us here what was done.",
    whatToDo: "What to do",
    reference: "Reference",
    dueDate: "Due by",
    identifier: "The person's email address (to find their data)",
    answerTitle: "Your report",
    outcomes: { DONE: "Done", NOT_APPLICABLE: "Does not apply to this system", FAILED: "Could not be done" },
    result: "Result",
    results: {
      CORRECTED: "Corrected",
      DELETED: "Deleted",
      SUPPRESSED: "Suppressed",
      STOPPED: "Processing stopped",
      NO_DATA_FOUND: "No data found for this person",
      FILES_ATTACHED: "Export files attached",
    } satisfies Record<TaskResult, string>,
    choose: "Choose…",
    note: "Note (optional)",
    reason: "Why",
    files: "Export files",
    chooseFiles: "Choose files",
    noFiles: "No file chosen",
    filesChosen: "{count, plural, one {# file chosen} other {# files chosen}}",
    filesHint:
      "PDF, CSV, JSON, ZIP or image files; at most {count, plural, one {# file} other {# files}} of {megabytes, number} MB each.",
    send: "Send report",
    done: {
      DONE: "Thank you: the task is recorded as done.",
      NOT_APPLICABLE: "Thank you: the task is recorded as not applying to this system.",
      FAILED: "Thank you: the task is recorded as not possible, and goes back to the privacy team.",
    },
    finished: "This task is finished already. Thank you: there is nothing more to do here.",
    linkGoneTitle: "This link does not work",
    linkGone:
      "This link does not work: it may have expired or been replaced, or the request is closed. If you still need it, reply to the email that brought it.",
    notRecorded: "Nothing was recorded: the task is finished already or its request is closed.",
    /** The case page's buttons for a task's link (staff). */
    staff: {
      resend: "Send the link again",
      revoke: "Revoke the link",
      resent: "A new link was sent to the system's owners; the old one no longer works.",
      revoked: "The link no longer works.",
      noOutsideOwners: "This task has no link to send: its system is not worked by hand or has no outside owners.",
    },
  },
  myTasks: {
    title: "My tasks",
    intro:
      "Open and failed tasks of the systems you own. Do what the task asks in the system, then record the result here.",
    none: "No task waits for you.",
    system: "System",
    case: "Case",
    state: "State",
    dueDate: "Due by",
    whatToDo: "What to do",
    states: {
      OPEN: "Open",
      DONE: "Done",
      NOT_APPLICABLE: "Not applicable",
      FAILED: "Failed",
      WAIVED: "Waived",
    } satisfies Record<TaskState, string>,
    reasonWas: "Reason given: {reason}",
    record: "Record the result",
    recorded: "Recorded.",
  },
  fulfilmentSettings: {
    title: "Fulfilment",
    intro:
      "The clock for the tasks systems get on each request, and the limits on what owners and systems send back. New values apply to tasks made from now on; reminders already planned keep their dates.",
    clock: "Reminders and escalation",
    limits: "Result files",
    webhooks: "Webhooks",
    fields: {
      remindAfterBusinessDays: "Remind a task's owners after (business days)",
      escalateAfterBusinessDays: "Alert the privacy officers after (business days)",
      maxFilesPerResult: "Files per result",
      maxFileMegabytes: "Size of each file (MB)",
      maxDeliveryAttempts: "Attempts per webhook delivery",
      allowedPrivateHosts: "Hosts webhooks may reach on private addresses",
    },
    hostsHint:
      "One host name a line. Webhooks never reach loopback, private or link-local addresses unless their host is listed here.",
    saved: "Saved. Tasks made from now on use these values.",
  },
};
