package org.salesteam.worklog;

/**
 * Whose view a highest-return task is seen from (帕累托法则: 分别从你的上司,
 * 你的潜在客户和你自己的角度来看一下你的五件回报率最高的事情).
 */
public enum ManagerWeekPerspective {

	SUPERIOR, CUSTOMERS, OWN;

	/** Five tasks from each view. */
	public static final int TASKS = 5;

	public String messageKey() {
		return "worklog.week.perspective." + name();
	}

}
