package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The self-test's rules, free of lookups: priority = importance × (3 − ability), 0–6; a
 * priority of 4 or more is a training need; the rep's and the manager's ability 2 or more
 * apart is flagged for a talk.
 */
public final class SelfTestScoring {

	/** A priority from this value on is a training need. */
	public static final int TRAINING_NEED = 4;

	/** A difference of ability ratings from this value on is flagged. */
	public static final int FLAG_GAP = 2;

	/**
	 * One item scored; {@code priority} is {@code null} until the rep rated importance
	 * and ability.
	 */
	public record ItemScore(String code, Integer importance, Integer ability, Integer managerAbility, Integer priority,
			boolean trainingNeed, boolean flagged) {
	}

	private SelfTestScoring() {
	}

	public static ItemScore score(String code, Integer importance, Integer ability, Integer managerAbility) {
		Integer priority = (importance != null && ability != null) ? importance * (3 - ability) : null;
		boolean flagged = ability != null && managerAbility != null && Math.abs(ability - managerAbility) >= FLAG_GAP;
		return new ItemScore(code, importance, ability, managerAbility, priority,
				priority != null && priority >= TRAINING_NEED, flagged);
	}

	/**
	 * The mean of the defined priorities, two decimals half up; {@code null} for none.
	 */
	public static BigDecimal meanPriority(List<ItemScore> scores) {
		List<Integer> defined = scores.stream().map(ItemScore::priority).filter(Objects::nonNull).toList();
		if (defined.isEmpty()) {
			return null;
		}
		int sum = defined.stream().mapToInt(Integer::intValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(defined.size()), 2, RoundingMode.HALF_UP);
	}

}
