package org.salesteam.goal;

/**
 * The kinds of goal in the handbook's chapter 2. {@link #kpiCode} names the KPI whose
 * value in the goal's scope and period is the goal's actual figure; {@code null} where
 * progress is not measured (yet).
 */
public enum GoalType {

	/** 总销量: sales (net amount) in the period. */
	SALES_VOLUME(Unit.MONEY, "SALES"),
	/** 增长率: growth of sales over the same period last year, in per cent. */
	SALES_GROWTH(Unit.PERCENT, null),
	/** A customer's purchases of a product category. */
	CUSTOMER_PRODUCT(Unit.MONEY, null),
	/** Sales in a market segment, optionally of a category. */
	SEGMENT_SALES(Unit.MONEY, null),
	/** Sales expenses down by this amount. */
	EXPENSE_REDUCTION(Unit.MONEY, null),
	/** 新客户数. */
	NEW_CUSTOMERS(Unit.COUNT, "NEW_CUSTOMERS"),
	/** 有订单的客户数. */
	ACTIVE_CUSTOMERS(Unit.COUNT, "ACTIVE_CUSTOMERS"),
	/** Customers moved up a class (C→B→A). */
	CUSTOMER_UPGRADES(Unit.COUNT, null),
	/** Average cost per visit at most (lower is better). */
	VISIT_COST(Unit.MONEY, null),
	/** 利润贡献. */
	PROFIT(Unit.MONEY, "PROFIT"),
	/** Completed visits. */
	VISITS(Unit.COUNT, "VISITS");

	/** How a target is written. */
	public enum Unit {

		MONEY, COUNT, PERCENT;

		/** Decimals a target and its parts carry. */
		public int scale() {
			return (this == COUNT) ? 0 : 2;
		}

	}

	private final Unit unit;

	private final String kpiCode;

	GoalType(Unit unit, String kpiCode) {
		this.unit = unit;
		this.kpiCode = kpiCode;
	}

	public Unit unit() {
		return this.unit;
	}

	public String kpiCode() {
		return this.kpiCode;
	}

	/**
	 * Whether the figure adds up over time (progress has a pace and a linear forecast); a
	 * growth rate does not.
	 */
	public boolean cumulative() {
		return this != SALES_GROWTH && this != VISIT_COST;
	}

	/**
	 * Whether the target is a ceiling: the goal is met when the actual is at or below it
	 * (the average cost per visit).
	 */
	public boolean lowerIsBetter() {
		return this == VISIT_COST;
	}

	/** Whether a team goal of this type can be split among its reps. */
	public boolean allocatable() {
		return this.unit != Unit.PERCENT && this != VISIT_COST;
	}

}
