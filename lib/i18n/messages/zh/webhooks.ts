import type { webhooks as en } from "../en/webhooks";
import type { Wording } from "../wording";

export const webhooks: Wording<typeof en> = {
  webhooks: {
    log: {
      title: "Webhook 投递：{system}",
      intro:
        "发送给此系统的每项任务，最新的在前。超时、连接被关闭或 5xx 应答后会重试投递；4xx 应答会使投递立即失败，任务退回给工作人员。",
      back: "返回系统列表",
      empty: "尚未向此系统发送任何内容。",
      more: "仅显示最近 {count} 条。",
      columns: {
        created: "排队时间",
        event: "事件",
        case: "案件",
        status: "状态",
        attempts: "尝试次数",
        latency: "延迟",
        code: "应答",
        next: "下次尝试",
        error: "最近错误",
        actions: "操作",
      },
      latencyMs: "{ms} 毫秒",
      none: "无",
      sendAgain: "重新发送",
      sentAgain: "已排队重新发送。",
      statuses: {
        PENDING: "等待中",
        SENDING: "发送中",
        DELIVERED: "已送达",
        FAILED: "失败",
      },
      events: {
        created: "新任务",
        cancelled: "任务已取消",
        test: "测试",
        other: "其他",
      },
    },
  },
};
