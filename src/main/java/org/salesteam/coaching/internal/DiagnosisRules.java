package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data diagnosis (为什么需要培训) as pure rules: which of the handbook's survey shortcomings
 * a rep's own records show, each with its evidence and the self-test skill it trains.
 * Windows: the four and the twelve closed ISO weeks before this week. Peers are the other
 * active reps of the rep's team; a rule that compares with peers is silent without any.
 * (ADR 0038)
 * <ul>
 * <li>{@code NO_WEEKLY_SCHEDULE} (30 % 不进行访问安排): a closed week of the last four without a
 * submitted schedule;</li>
 * <li>{@code NO_CUSTOMER_GOALS} (24 %): customers owned, none with a sales goal running
 * today;</li>
 * <li>{@code UNCLASSIFIED_CUSTOMERS} (25 %): ≥ 10 % of the owned customers without a
 * potential;</li>
 * <li>{@code VISITS_WITHOUT_REPORTS} (19 %): ≥ 10 % of the completed visits of the last
 * four weeks without a result;</li>
 * <li>{@code NO_TIME_ANALYSIS} (54 %): no day of time use logged in the last four
 * weeks;</li>
 * <li>{@code VISIT_LENGTH_OFF} (83 %): the rep's median visit length (12 weeks) below ⅔
 * or above 3⁄2 of the peers' median;</li>
 * <li>{@code LITTLE_PROSPECTING}: fewer distinct prospects visited (12 weeks) than half
 * the peers' median — distinct prospects, not prospect visits, so a rep who calls on one
 * big prospect again and again shows;</li>
 * <li>{@code ONLY_BIG_CUSTOMERS}: ≥ 80 % of the visits (12 weeks) to the rep's largest
 * customers (the top ⌈20 %⌉ of the owned customers by potential) and at least 1.5 × the
 * peers' median share.</li>
 * </ul>
 */
public final class DiagnosisRules {

	static final int SCHEDULE_WEEKS = 4;

	/** What the records show for one rep over the windows. */
	record Facts(long repId, int weeksWithSchedule, long customers, long unclassified, long customerGoals,
			long recentVisits, long unreported, long timeDays, Integer medianMinutes, long visits, long prospectVisits,
			long distinctProspects, long bigCustomerVisits) {

		BigDecimal bigShare() {
			return share(this.bigCustomerVisits, this.visits);
		}

	}

	/**
	 * One shortcoming: its code, the skill of the self-test that trains it, the
	 * handbook's survey share, the evidence (in the order the message names it), and
	 * whether every peer shows it too (a team topic rather than the rep's).
	 */
	public record Finding(String code, String skill, int surveyPercent, Map<String, Object> evidence,
			boolean teamWide) {

		public Object[] arguments() {
			return this.evidence.values().toArray();
		}

		Finding sharedByTeam() {
			return new Finding(this.code, this.skill, this.surveyPercent, this.evidence, true);
		}

	}

	private static final BigDecimal TENTH = new BigDecimal("0.1");

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private static final BigDecimal BIG_SHARE = new BigDecimal("0.8");

	private static final BigDecimal BIG_OVER_PEERS = new BigDecimal("1.5");

	private DiagnosisRules() {
	}

	/** The findings of one rep against the rep's peers (the team's other reps). */
	static List<Finding> diagnose(Facts rep, Collection<Facts> peers) {
		List<Finding> findings = new ArrayList<>();
		if (rep.weeksWithSchedule() < SCHEDULE_WEEKS) {
			findings.add(finding("NO_WEEKLY_SCHEDULE", "VISIT_PLANNING", 30, "weeksWithSchedule",
					rep.weeksWithSchedule(), "weeks", SCHEDULE_WEEKS));
		}
		if (rep.customers() > 0 && rep.customerGoals() == 0) {
			findings.add(finding("NO_CUSTOMER_GOALS", "CUSTOMER_ANALYSIS", 24, "customers", rep.customers()));
		}
		if (rep.unclassified() > 0 && atLeast(share(rep.unclassified(), rep.customers()), TENTH)) {
			findings.add(finding("UNCLASSIFIED_CUSTOMERS", "CUSTOMER_ANALYSIS", 25, "unclassified", rep.unclassified(),
					"customers", rep.customers()));
		}
		if (rep.unreported() > 0 && atLeast(share(rep.unreported(), rep.recentVisits()), TENTH)) {
			findings.add(finding("VISITS_WITHOUT_REPORTS", "VISIT_PLANNING", 19, "unreported", rep.unreported(),
					"visits", rep.recentVisits()));
		}
		if (rep.timeDays() == 0) {
			findings.add(finding("NO_TIME_ANALYSIS", "TIME_TERRITORY", 54));
		}
		if (peers.isEmpty()) {
			return findings;
		}
		BigDecimal peerMinutes = median(peers.stream().map(Facts::medianMinutes).filter(Objects::nonNull).toList());
		if (rep.medianMinutes() != null && peerMinutes != null && peerMinutes.signum() > 0) {
			BigDecimal ratio = BigDecimal.valueOf(rep.medianMinutes()).divide(peerMinutes, 6, RoundingMode.HALF_UP);
			if (ratio.compareTo(new BigDecimal("0.666667")) < 0 || ratio.compareTo(BIG_OVER_PEERS) > 0) {
				findings.add(finding("VISIT_LENGTH_OFF", "SELLING_SKILLS", 83, "minutes", rep.medianMinutes(),
						"peerMinutes", peerMinutes.setScale(0, RoundingMode.HALF_UP)));
			}
		}
		BigDecimal peerProspects = median(peers.stream().map(Facts::distinctProspects).toList());
		if (peerProspects.signum() > 0
				&& BigDecimal.valueOf(rep.distinctProspects()).compareTo(peerProspects.multiply(HALF)) < 0) {
			findings.add(finding("LITTLE_PROSPECTING", "PROSPECTING", 0, "distinctProspects", rep.distinctProspects(),
					"prospectVisits", rep.prospectVisits(), "peerProspects",
					peerProspects.stripTrailingZeros().toPlainString()));
		}
		BigDecimal peerBig = median(peers.stream().map(Facts::bigShare).filter(Objects::nonNull).toList());
		BigDecimal big = rep.bigShare();
		if (big != null && peerBig != null && atLeast(big, BIG_SHARE)
				&& atLeast(big, peerBig.multiply(BIG_OVER_PEERS))) {
			findings.add(finding("ONLY_BIG_CUSTOMERS", "TIME_TERRITORY", 0, "bigVisits", rep.bigCustomerVisits(),
					"visits", rep.visits(), "share", percent(big), "peerShare", percent(peerBig)));
		}
		return findings;
	}

	/** The median of the values; {@code null} for none. */
	static BigDecimal median(List<? extends Number> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<BigDecimal> sorted = values.stream().map((v) -> new BigDecimal(v.toString())).sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
	}

	private static BigDecimal share(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
	}

	private static boolean atLeast(BigDecimal value, BigDecimal bound) {
		return value != null && value.compareTo(bound) >= 0;
	}

	private static long percent(BigDecimal share) {
		return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
	}

	private static Finding finding(String code, String skill, int survey, Object... evidence) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < evidence.length; i += 2) {
			map.put((String) evidence[i], evidence[i + 1]);
		}
		return new Finding(code, skill, survey, map, false);
	}

}
