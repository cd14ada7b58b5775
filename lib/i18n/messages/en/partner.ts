import type { RequestType, RoutingDeclineReason } from "@/lib/db/generated/enums";
import type { Locale } from "../../languages";

export const partner = {
  partner: {
    forCustomer: "For {customer}",
    heading: "Data-subject request {reference}",
    intro:
      "We process this person's data on your behalf. You are the controller: please decide on the request and answer the person. Tell us below what you did.",
    requestTitle: "The request",
    type: "Type",
    from: "From",
    forSomeoneElse: "acting for someone else",
    writesIn: "writes in {language}",
    languages: { en: "English", zh: "Chinese" } satisfies Record<Locale, string>,
    reveal: "Show their name and email",
    revealHint: "You need them to find the person's data and to answer them. We record that you opened them.",
    receivedByUs: "Received by us",
    ourDueDate: "Our legal due date",
    sentToYou: "Sent to you",
    yes: "Yes",
    no: "No",
    types: {
      CORRECTION: "Correction",
      OBJECTION: "Objection",
      WITHDRAWAL: "Consent withdrawal",
      ACCESS: "Access",
      DELETION: "Deletion",
      GUARDIAN_INQUIRY: "Guardian's question about a child's data",
      OTHER: "Other question",
    } satisfies Record<RequestType, string>,
    fields: {
      dataItem: "Data concerned",
      currentValue: "What it says now",
      correctedValue: "What it should say",
      restrictProcessing: "Limit its use until corrected",
      processing: "Use objected to",
      directMarketing: "Direct marketing",
      grounds: "Grounds",
      consentPurpose: "Consent withdrawn",
      effectiveFrom: "From",
      scope: "Scope",
      question: "Question",
      message: "Message",
    },
    answerTitle: "Your answer",
    states: {
      SENT: "Waiting for your acknowledgement.",
      ACKNOWLEDGED: "You acknowledged this request.",
      COMPLETED_BY_CONTROLLER: "You reported this request completed. Thank you.",
      DECLINED_BY_CONTROLLER: "You declined this request. We have taken it back.",
    },
    noLongerApplies:
      "This request no longer waits for your answer: we have taken it back. You need not do anything; if you have a question, reply to our email.",
    answers: {
      ACKNOWLEDGE: "Acknowledge: we received it and will decide on it",
      COMPLETE: "Report the outcome: we have completed it",
      DECLINE: "Decline: this is not ours",
    },
    why: "Why",
    choose: "Choose…",
    declineReasons: {
      NOT_OUR_DATA_SUBJECT: "The person is not our data subject",
      NOT_OUR_CUSTOMER: "We are not your customer",
    } satisfies Record<RoutingDeclineReason, string>,
    note: "Note for us (optional)",
    send: "Send answer",
    done: {
      ACKNOWLEDGED: "Thank you: the request is acknowledged. The requester has been told that you decide on it.",
      COMPLETED_BY_CONTROLLER: "Thank you: the outcome is recorded and the requester has been told.",
      DECLINED_BY_CONTROLLER: "Thank you: we take the request back and the requester has been told.",
    },
    notRecorded:
      "Your answer was not recorded: it no longer applies to this request (it was already answered, taken back or closed). Nothing changed. If you need to tell us something, reply to our email.",
    linkGoneTitle: "This link does not work",
    linkGone:
      "This link does not work: it may have expired or been replaced. If you still need the request, reply to our email and we will send a new link.",
  },
} as const;
