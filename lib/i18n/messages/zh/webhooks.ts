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
    errors: {
      http: "系统返回了 {code}。",
      syncRefused: "系统应答中的结果未被采纳（{code}）。",
      noUrl: "该系统没有 Webhook 地址。",
      noSecret: "该系统没有签名密钥。",
      caseClosed: "未发送：案件已关闭。",
      taskFinished: "未发送：任务在此期间已完成、免除或取消。",
      systemOff: "未发送：该系统已停用，或已不再通过 Webhook 对接。",
      superseded: "未发送：工作人员已重新下达该任务，并发送了新消息。",
      taskOpenAgain: "未发送：在这条停止消息之后，工作人员已重新下达该任务。",
      invalidUrl: "该 Webhook 地址无法使用。",
      notHttps: "已拒绝：生产环境中 Webhook 只发送到 https 地址。",
      hostNotFound: "找不到 Webhook 地址的主机。",
      privateAddress: "已拒绝：该主机是管理员未允许的内网地址。",
      loopbackAddress: "已拒绝：该主机是本机。",
      connectionClosed: "连接在应答前被关闭。",
      connectionRefused: "系统拒绝了连接。",
      timeout: "系统未在时限内应答。",
      other: "发送失败（{code}）。",
      taskFailed: "Webhook 无法送达：{error}",
    },
  },
};
