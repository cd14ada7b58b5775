import { describe, expect, it } from "vitest";
import { draftSummary } from "@/lib/domain/fulfilment/draft-summary";
import { taskTickedItem, tasksTickItem } from "@/lib/domain/fulfilment/task-checklist";
import { finishingOf, recordTaskResultSchema } from "@/lib/domain/fulfilment/task-forms";
import { correctionOf, taskInstruction } from "@/lib/domain/fulfilment/task-instructions";
import { translatorFor } from "@/lib/i18n/translator";

const say = (locale: "en" | "zh", kind: Parameters<typeof taskInstruction>[0], details: unknown) => {
  const { key, args } = taskInstruction(kind, details);
  return translatorFor(locale)(`tasks.instructions.${key}`, args);
};

describe("what a task asks its system, in words", () => {
  it("words each kind from the request's details, in both languages", () => {
    expect(say("en", "ACCESS", {})).toBe("Export this person's data.");
    expect(say("en", "DELETION", { scope: "everything" })).toBe("Delete this person's data.");
    expect(say("en", "CORRECTION", { dataItem: "Surname", correctedValue: "Smith" })).toBe(
      "Change Surname to “Smith”.",
    );
    expect(say("en", "CORRECTION", { dataItem: "Surname", currentValue: "Smyth", correctedValue: "Smith" })).toBe(
      "Change Surname from “Smyth” to “Smith”.",
    );
    expect(say("zh", "CORRECTION", { dataItem: "姓氏", correctedValue: "王" })).toBe("将姓氏更改为“王”。");
    expect(say("en", "OBJECTION", { processing: "Marketing emails", directMarketing: true })).toBe(
      "Suppress this person from direct marketing now (Marketing emails).",
    );
    expect(say("en", "OBJECTION", { processing: "Profiling", directMarketing: false, grounds: "x" })).toBe(
      "Stop processing this person's data for: Profiling.",
    );
    expect(say("zh", "WITHDRAWAL", { consentPurpose: "新闻简报" })).toBe("停止基于已撤回同意的处理：新闻简报。");
    expect(taskInstruction("OTHER", { message: "hi" }).key).toBe("other");
    // Details gone (anonymized) or malformed: the page still shows the task.
    expect(() => say("en", "CORRECTION", null)).not.toThrow();
  });

  it("gives a correction's item and values before and after for the systems that need them", () => {
    expect(correctionOf({ dataItem: "Email", currentValue: "a@x", correctedValue: "b@x" })).toEqual({
      item: "Email",
      before: "a@x",
      after: "b@x",
    });
    expect(correctionOf({ dataItem: "Email", correctedValue: "b@x" })).toEqual({
      item: "Email",
      before: null,
      after: "b@x",
    });
    expect(correctionOf({})).toBeNull();
  });
});

describe("the tasks and the checklist", () => {
  it("names the item each kind stands for, and ticks it when all are finished and one was done", () => {
    expect(taskTickedItem("CORRECTION", {}, 2)).toBe("corrected-in-systems");
    expect(taskTickedItem("CORRECTION", {}, 0)).toBeNull();
    expect(taskTickedItem("OBJECTION", { directMarketing: true }, 1)).toBe("direct-marketing-stopped");
    expect(taskTickedItem("OBJECTION", { directMarketing: false }, 1)).toBeNull();
    expect(taskTickedItem("OTHER", {}, 1)).toBeNull();
    expect(tasksTickItem([])).toBe(false);
    expect(tasksTickItem([{ state: "DONE" }, { state: "OPEN" }])).toBe(false);
    expect(tasksTickItem([{ state: "DONE" }, { state: "FAILED" }])).toBe(false);
    expect(tasksTickItem([{ state: "WAIVED" }, { state: "NOT_APPLICABLE" }])).toBe(false);
    expect(tasksTickItem([{ state: "DONE" }, { state: "WAIVED" }])).toBe(true);
  });
});

describe("the summary drafted from the tasks", () => {
  it("says what each system did, in the requester's language, only once every task is finished", () => {
    const tasks = [
      { systemName: "Shop", state: "DONE" as const, result: "DELETED" as const },
      { systemName: "Billing", state: "DONE" as const, result: "NO_DATA_FOUND" as const },
      { systemName: "Archive", state: "NOT_APPLICABLE" as const, result: null },
      { systemName: "Legacy", state: "WAIVED" as const, result: null },
    ];
    // Systems whose task did not apply or was waived are not named to the requester.
    expect(draftSummary("en", tasks)).toBe(
      "We have acted on your request in each of our systems that holds your data:\n- Billing: no data about you was found\n- Shop: your data was deleted",
    );
    expect(draftSummary("zh", tasks)).toBe(
      "我们已在保存您数据的每个系统中处理了您的请求：\n- Billing：未找到与您有关的数据\n- Shop：您的数据已删除",
    );
    expect(draftSummary("en", [...tasks, { systemName: "CRM", state: "OPEN", result: null }])).toBeNull();
    expect(draftSummary("en", tasks.slice(2))).toBeNull();
    expect(draftSummary("en", [])).toBeNull();
  });
});

describe("the record-a-result form", () => {
  it("asks for a result with DONE and a reason otherwise, and gives the finishing the one writer takes", () => {
    const base = { caseId: "00000000-0000-4000-8000-000000000001", taskId: "00000000-0000-4000-8000-000000000002" };
    const errors = (input: object) =>
      recordTaskResultSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(errors({ state: "DONE" })).toEqual([["result", "choose_task_result"]]);
    expect(errors({ state: "FAILED", reason: "   " })).toEqual([["reason", "write_task_reason"]]);
    expect(errors({ state: "MAYBE" })?.[0]).toEqual(["state", "choose_task_outcome"]);
    const done = recordTaskResultSchema.parse({ ...base, state: "DONE", result: "DELETED", reason: " gone " });
    expect(finishingOf(done)).toEqual({ state: "DONE", result: "DELETED", note: "gone" });
    const failed = recordTaskResultSchema.parse({ ...base, state: "FAILED", reason: "down", result: "DELETED" });
    expect(finishingOf(failed)).toEqual({ state: "FAILED", reason: "down" });
  });
});

describe("the next step while systems work", () => {
  it("waits for the tasks once the hand-ticked checklist is done, then suggests answering", async () => {
    const { nextStep } = await import("@/lib/domain/cases/next-step");
    const facts = {
      status: "IN_PROGRESS" as const,
      assigned: true,
      identityVerified: true,
      authorityNeeded: false,
      authorityVerified: false,
      directMarketing: false,
      customerToRouteTo: false,
      requesterWroteLast: false,
      uncheckedItems: 0,
      actions: ["resolve" as const],
    };
    expect(nextStep({ ...facts, unfinishedTasks: 2 })).toEqual({ step: "waitForTasks", action: null });
    expect(nextStep({ ...facts, unfinishedTasks: 0 })).toEqual({ step: "resolve", action: "resolve" });
    expect(nextStep({ ...facts, uncheckedItems: 1, unfinishedTasks: 2 })?.step).toBe("workChecklist");
  });
});
