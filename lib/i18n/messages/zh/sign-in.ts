import type { signIn as en } from "../en/sign-in";
import type { Wording } from "../wording";

export const signIn: Wording<typeof en> = {
  signIn: {
    pageTitle: "员工登录",
    title: "Rightsdesk 员工登录",
    intro: "供隐私官、分析员、审计员和管理员使用。",
    email: "电子邮件",
    password: "密码",
    submit: "登录",
    submitting: "正在登录…",
    invalid: "电子邮件或密码不正确。",
    disabled: "此账户已停用，请联系管理员。",
    rateLimited: "登录失败次数过多，请在{wait}后重试。",
    failed:
      "{count, plural, one {自您上次登录以来，您的账户有 1 次登录失败，时间为 {time}。如果不是您本人，请告知管理员。} other {自您上次登录以来，您的账户有 # 次登录失败，最近一次在 {time}。如果不是您本人，请告知管理员。}}",
    dismiss: "知道了",
  },
};
