import { describe, expect, it } from "vitest";
import { signInDelayMs, signInDelaySchedule } from "@/lib/domain/auth/sign-in-delay";
import { signInRefusalMessage } from "@/lib/i18n/sign-in-texts";

const policy = { freeFailures: 3, maxDelayMs: 900_000 };

describe("sign-in waits", () => {
  it("are free for the first tries, then double from 30 seconds up to the cap", () => {
    expect([1, 2, 3, 4, 5, 8, 9, 60].map((failures) => signInDelayMs(failures, policy))).toEqual([
      0, 0, 30_000, 60_000, 120_000, 900_000, 900_000, 900_000,
    ]);
    expect(signInDelaySchedule(policy)).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000]);
    expect(signInDelaySchedule({ freeFailures: 1, maxDelayMs: 5_000 })).toEqual([5_000]);
  });

  it("are told in the person's language, rounded up to whole minutes from a minute on", () => {
    expect(signInRefusalMessage("en", "rate_limited", 30)).toBe(
      "Too many failed sign-in attempts. Try again in 30 seconds.",
    );
    expect(signInRefusalMessage("en", "rate_limited", 61)).toBe(
      "Too many failed sign-in attempts. Try again in 2 minutes.",
    );
    expect(signInRefusalMessage("en", "rate_limited", 60)).toBe(
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
    expect(signInRefusalMessage("zh", "rate_limited", 900)).toBe("登录失败次数过多，请在15分钟后重试。");
    expect(signInRefusalMessage("zh", "invalid")).toBe("电子邮件或密码不正确。");
  });
});
