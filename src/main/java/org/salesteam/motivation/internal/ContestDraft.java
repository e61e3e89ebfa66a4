package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A contest's rules as written by its designer (API body and form): what {@code POST} and
 * {@code PUT /api/v1/contests} take. Only name, kpiCode, from, to, scoring and prizeMode
 * are required; {@link ContestEditing} checks the rest and answers 422 naming the field.
 *
 * @param filters narrowing of the KPI ({@link ContestFilters}: productCategory,
 * customerClass, segmentId, newCustomersOnly), for sales, profit and order count only
 */
public record ContestDraft(String name, String theme, String kpiCode, LocalDate from, LocalDate to, Integer graceDays,
		String scoring, String prizeMode, Integer topN, BigDecimal threshold, Tiers tiers, String prizes,
		BigDecimal prizeCost, BigDecimal budget, String rulesText, BigDecimal assistShare, Participants participants,
		List<String> committee, Map<String, Object> filters) {

	/** Teams (their active reps), reps by username and support staff by username. */
	public record Participants(List<Long> teamIds, List<String> usernames, List<String> support) {

		public List<Long> teamIdsOrEmpty() {
			return (this.teamIds != null) ? this.teamIds : List.of();
		}

		public List<String> usernamesOrEmpty() {
			return (this.usernames != null) ? this.usernames : List.of();
		}

		public List<String> supportOrEmpty() {
			return (this.support != null) ? this.support : List.of();
		}

	}

	/** The levels 目标 / 冲刺 / 挑战, in the score's unit, each optional. */
	public record Tiers(BigDecimal target, BigDecimal sprint, BigDecimal challenge) {

		/** The levels set, from the lowest to the highest, with their names. */
		public List<Map.Entry<String, BigDecimal>> levels() {
			List<Map.Entry<String, BigDecimal>> levels = new java.util.ArrayList<>();
			if (this.target != null) {
				levels.add(Map.entry("TARGET", this.target));
			}
			if (this.sprint != null) {
				levels.add(Map.entry("SPRINT", this.sprint));
			}
			if (this.challenge != null) {
				levels.add(Map.entry("CHALLENGE", this.challenge));
			}
			return levels;
		}

	}

	public Participants participantsOrEmpty() {
		return (this.participants != null) ? this.participants : new Participants(null, null, null);
	}

	public Tiers tiersOrEmpty() {
		return (this.tiers != null) ? this.tiers : new Tiers(null, null, null);
	}

	public List<String> committeeOrEmpty() {
		return (this.committee != null) ? this.committee : List.of();
	}

}
