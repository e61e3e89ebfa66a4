package org.salesteam.worklog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * What time is spent on. A rep's day (销售人员的时间控制) is split into selling — face to face and
 * by phone — and everything else; the selling ÷ non-selling ratio follows from it. A
 * manager's time is split into the five families of chapter 1, each with the handbook's
 * benchmark share: sales activities 36%, personnel 20%, marketing 18%, administration
 * 18%, finance 8%.
 */
public enum TimeUseCategory {

	SELLING_FACE_TO_FACE(Kind.SELLING, null), SELLING_PHONE(Kind.SELLING, null), TRAVEL(Kind.NON_SELLING, null),
	WAITING(Kind.NON_SELLING, null), ADMIN(Kind.NON_SELLING, null), MEETINGS(Kind.NON_SELLING, null),
	TRAINING(Kind.NON_SELLING, null), SERVICE(Kind.NON_SELLING, null),
	/** 销售活动 (36%). */
	FAMILY_SALES(Kind.FAMILY, new BigDecimal("0.36")),
	/** 人事活动 (20%). */
	FAMILY_PERSONNEL(Kind.FAMILY, new BigDecimal("0.20")),
	/** 营销活动 (18%). */
	FAMILY_MARKETING(Kind.FAMILY, new BigDecimal("0.18")),
	/** 管理活动 (18%). */
	FAMILY_ADMINISTRATION(Kind.FAMILY, new BigDecimal("0.18")),
	/** 财务活动 (8%). */
	FAMILY_FINANCE(Kind.FAMILY, new BigDecimal("0.08"));

	/** Which part of the time use a category counts in. */
	public enum Kind {

		SELLING, NON_SELLING, FAMILY

	}

	private final Kind kind;

	private final BigDecimal benchmark;

	TimeUseCategory(Kind kind, BigDecimal benchmark) {
		this.kind = kind;
		this.benchmark = benchmark;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * The handbook's share of a manager's time (a fraction), null for a rep's category.
	 */
	public BigDecimal benchmark() {
		return this.benchmark;
	}

	public boolean isFamily() {
		return this.kind == Kind.FAMILY;
	}

	public String messageKey() {
		return "worklog.time.category." + name();
	}

	/** The rep's categories, selling first. */
	public static List<TimeUseCategory> repCategories() {
		return Arrays.stream(values()).filter((c) -> !c.isFamily()).toList();
	}

	/** The manager's five families in the handbook's order. */
	public static List<TimeUseCategory> families() {
		return Arrays.stream(values()).filter(TimeUseCategory::isFamily).toList();
	}

}
