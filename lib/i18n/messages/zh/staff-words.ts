import type { staffWords as en } from "../en/staff-words";
import type { Wording } from "../wording";

export const staffWords: Wording<typeof en> = {
  labels: {
    types: {
      ACCESS: "查阅",
      DELETION: "删除",
      CORRECTION: "更正",
      OBJECTION: "反对",
      WITHDRAWAL: "撤回同意",
      GUARDIAN_INQUIRY: "监护人询问",
      OTHER: "其他问题",
    },
    outcomes: {
      FULFILLED: "已完成",
      PARTIALLY_FULFILLED: "部分完成",
      DENIED: "已拒绝",
      WITHDRAWN: "已撤回",
      EXPIRED: "已过期",
      TRANSFERRED_TO_CONTROLLER: "已转交控制者",
      DUPLICATE: "重复",
    },
    relationships: {
      SELF: "本人",
      GUARDIAN: "未成年人的监护人",
      AUTHORIZED_AGENT: "授权代理人",
    },
    roles: {
      ADMIN: "管理员",
      PRIVACY_OFFICER: "隐私官",
      ANALYST: "分析员",
      AUDITOR: "审计员",
    },
    regimes: {
      EU_GDPR: "欧盟 GDPR",
      UK_GDPR: "英国 GDPR",
      CN_PIPL: "中国《个人信息保护法》",
      US_CA_CCPA: "加州 CCPA",
      BR_LGPD: "巴西 LGPD",
      DEFAULT: "公司默认",
    },
    denialReasons: {
      IDENTITY_NOT_VERIFIED: "无法核实身份",
      NO_DATA_FOUND: "未找到个人数据",
      MANIFESTLY_UNFOUNDED_OR_EXCESSIVE: "明显没有根据或过度",
      COMPELLING_LEGITIMATE_GROUNDS: "令人信服的正当理由（反对）",
      LEGAL_EXEMPTION: "法定豁免",
      OUTSIDE_SCOPE: "超出政策范围",
      OTHER: "其他",
    },
    verificationMethods: {
      ACCOUNT_MATCH: "与客户账户核对一致",
      KNOWLEDGE_QUESTIONS: "回答了验证问题",
      DOCUMENT_CHECKED: "已查验身份证件",
      SIGNED_AUTHORIZATION: "已查验签署的授权书",
      COURT_OR_CIVIL_RECORD: "已查验出生证明、法院命令或户籍记录",
      OTHER: "其他方式",
    },
    languages: { en: "英语", zh: "简体中文" },
    yes: "是",
    no: "否",
    none: "—",
    utc: "{time}（UTC）",
  },
};
