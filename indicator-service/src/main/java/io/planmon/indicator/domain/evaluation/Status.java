package io.planmon.indicator.domain.evaluation;

/** The verdict of an evaluation (docs/spec.md#statuses), with the words a reason sentence ends on. */
public enum Status {
    ON_TRACK("符合进度", "on track"),
    AT_RISK("存在风险", "at risk"),
    OFF_TRACK("偏离目标", "off track"),
    AWAITING_REFERENCE("等待参照值", "awaiting the reference"),
    INSUFFICIENT_DATA("数据不足", "insufficient data"),
    NO_TARGET("未设目标", "no target"),
    ACHIEVED("目标已实现", "achieved");

    private final String zh;
    private final String en;

    Status(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
