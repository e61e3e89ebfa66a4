package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account SWOT with the competitors' shares of wallet (ADR 0048): read by whoever
 * reads the customer, written by those who plan for it (404 otherwise), replaced whole.
 * Each text at most 2,000 characters; each competitor named once (at most 100 characters)
 * with a share 0–100 % of one decimal; the shares' sum at most 100 %. Anything wrong →
 * 422 naming the field, nothing written. Our own share is measured (our last 365 days'
 * sales ÷ the customer's annual purchase potential, as the portfolio's SHARE_OF_WALLET),
 * not entered.
 */
@Service
public class AccountSwotEditing {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The four texts; blank ones are stored as none. */
	public record Swot(String strengths, String weaknesses, String opportunities, String threats) {
	}

	/** A competitor and its estimated share of wallet in per cent. */
	public record Competitor(String name, BigDecimal share) {
	}

	/**
	 * The analysis as read: our measured share (null when the data cannot tell), the
	 * competitors' sum and what is left for others (null with our share unknown; below
	 * zero when the estimates and our sales disagree).
	 */
	public record Analysis(long customerId, Swot swot, List<Competitor> competitors, BigDecimal competitorsTotal,
			BigDecimal ourShare, BigDecimal othersShare, LocalDate updatedOn) {
	}

	private final KeyAccountAccess access;

	private final SwotRepository swots;

	private final ScorePrefill measures;

	private final Clock clock;

	AccountSwotEditing(KeyAccountAccess access, SwotRepository swots, ScorePrefill measures, Clock clock) {
		this.access = access;
		this.swots = swots;
		this.measures = measures;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Analysis of(UserPrincipal user, long customerId) {
		this.access.readableCustomer(user, customerId);
		LocalDate today = LocalDate.now(this.clock);
		BigDecimal ours = this.measures.measure(customerId, today).get(FactorMeasure.SHARE_OF_WALLET);
		AccountSwot swot = this.swots.findByCustomerId(customerId).orElse(null);
		if (swot == null) {
			return new Analysis(customerId, new Swot(null, null, null, null), List.of(), BigDecimal.ZERO, ours,
					(ours != null) ? HUNDRED.subtract(ours) : null, null);
		}
		List<Competitor> competitors = swot.getCompetitors()
			.stream()
			.map((share) -> new Competitor(share.getName(), share.getShare()))
			.toList();
		BigDecimal total = competitors.stream().map(Competitor::share).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Analysis(customerId,
				new Swot(swot.getStrengths(), swot.getWeaknesses(), swot.getOpportunities(), swot.getThreats()),
				competitors, total, ours, (ours != null) ? HUNDRED.subtract(ours).subtract(total) : null,
				swot.getUpdatedOn());
	}

	/** Replaces the customer's SWOT and competitors. */
	@Transactional
	public void write(UserPrincipal user, long customerId, Swot swot, List<Competitor> competitors) {
		this.access.plannableCustomer(user, customerId);
		Swot text = (swot != null) ? swot : new Swot(null, null, null, null);
		Swot checked = new Swot(text("strengths", text.strengths()), text("weaknesses", text.weaknesses()),
				text("opportunities", text.opportunities()), text("threats", text.threats()));
		List<CompetitorShare> shares = checkedShares(competitors);
		AccountSwot stored = this.swots.findByCustomerId(customerId).orElseGet(() -> new AccountSwot(customerId));
		stored.write(checked, shares, LocalDate.now(this.clock), user.id());
		this.swots.save(stored);
	}

	/**
	 * The SWOT as one text for a new plan (step ⑩ hands the analysis to the plan), with
	 * these headings; empty when nothing is written.
	 */
	@Transactional(readOnly = true)
	public String asPlanText(long customerId, List<String> headings) {
		AccountSwot swot = this.swots.findByCustomerId(customerId).orElse(null);
		if (swot == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		String[] texts = { swot.getStrengths(), swot.getWeaknesses(), swot.getOpportunities(), swot.getThreats() };
		for (int index = 0; index < texts.length; index++) {
			if (texts[index] != null) {
				parts.add(headings.get(index) + texts[index]);
			}
		}
		if (!swot.getCompetitors().isEmpty()) {
			parts.add(headings.get(4)
					+ String.join("、", swot.getCompetitors().stream().map(CompetitorShare::toString).toList()));
		}
		return String.join("\n", parts);
	}

	private static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.trim().length() > 2000) {
			throw BusinessRuleException.onField(field, "keyaccount.error.tooLong", 2000);
		}
		return value.trim();
	}

	private static List<CompetitorShare> checkedShares(List<Competitor> competitors) {
		List<CompetitorShare> shares = new ArrayList<>();
		Set<String> names = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		List<Competitor> asked = (competitors != null) ? competitors : List.of();
		for (int index = 0; index < asked.size(); index++) {
			Competitor competitor = asked.get(index);
			String field = "competitors[" + index + "]";
			String name = (competitor == null || competitor.name() == null) ? "" : competitor.name().trim();
			if (name.isEmpty() || name.length() > 100 || !names.add(name)) {
				throw BusinessRuleException.onField(field + ".name", "keyaccount.error.competitorName");
			}
			BigDecimal share = competitor.share();
			if (share == null || share.signum() < 0 || share.compareTo(HUNDRED) > 0
					|| share.stripTrailingZeros().scale() > 1) {
				throw BusinessRuleException.onField(field + ".share", "keyaccount.error.competitorShare");
			}
			share = share.setScale(1, RoundingMode.UNNECESSARY);
			total = total.add(share);
			shares.add(new CompetitorShare(name, share));
		}
		if (total.compareTo(HUNDRED) > 0) {
			throw BusinessRuleException.onField("competitors", "keyaccount.error.competitorTotal",
					total.toPlainString());
		}
		return shares;
	}

}
