package org.salesteam.worklog;

import java.util.Arrays;
import java.util.List;

/**
 * What a manager rates: the six steps of the manager workflow (销售经理工作流程: 清楚企业策略、目标 → 分析 →
 * 定立团队销售目标 → 销售计划 → 实施团队销售 → 控制) and the 20 sales-management skills of chapter 1
 * (评估销售管理技巧: 对企业目标的理解 … 针对每个重点客户有1年战略营销计划). The texts are in the bundle under
 * {@link #messageKey()}.
 */
public enum SelfAssessmentItem {

	STEP_1, STEP_2, STEP_3, STEP_4, STEP_5, STEP_6,

	SKILL_1, SKILL_2, SKILL_3, SKILL_4, SKILL_5, SKILL_6, SKILL_7, SKILL_8, SKILL_9, SKILL_10,

	SKILL_11, SKILL_12, SKILL_13, SKILL_14, SKILL_15, SKILL_16, SKILL_17, SKILL_18, SKILL_19, SKILL_20;

	public boolean isStep() {
		return name().startsWith("STEP_");
	}

	public String messageKey() {
		return "worklog.assessment.item." + name();
	}

	/** The details of a workflow step (its sub-points), {@code null} for a skill. */
	public String detailKey() {
		return isStep() ? messageKey() + ".detail" : null;
	}

	public static List<SelfAssessmentItem> steps() {
		return Arrays.stream(values()).filter(SelfAssessmentItem::isStep).toList();
	}

	public static List<SelfAssessmentItem> skills() {
		return Arrays.stream(values()).filter((i) -> !i.isStep()).toList();
	}

}
