package org.salesteam.keyaccount.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step ④: the 0–10 scales of the attractiveness factors, replaced whole. Each names a
 * defined factor, optionally the measure the data answers it with, and bands with scores
 * 0–10 (each at most once). A measured factor's bands are ranges of the measure that do
 * not overlap; a judged factor's bands are words. Anything wrong → 422 naming
 * {@code scales.<factor>…}, nothing written.
 */
@Service
public class ScaleEditing {

	/** A scale as sent: the measure by name, so that an unknown one is a 422. */
	public record ScaleRequest(String factor, String measure, List<ScoringBand> bands) {
	}

	private final KeyAccountAccess access;

	private final PortfolioRows rows;

	private final ScaleRows scales;

	ScaleEditing(KeyAccountAccess access, PortfolioRows rows, ScaleRows scales) {
		this.access = access;
		this.rows = rows;
		this.scales = scales;
	}

	@Transactional(readOnly = true)
	public List<FactorScale> of(UserPrincipal user, long portfolioId) {
		this.access.readablePortfolio(user, portfolioId);
		return this.scales.scales(portfolioId);
	}

	@Transactional
	public void set(UserPrincipal user, long portfolioId, List<ScaleRequest> requests) {
		this.access.writablePortfolio(user, portfolioId);
		if (requests == null) {
			throw BusinessRuleException.onField("scales", "keyaccount.error.scales");
		}
		Set<String> defined = new HashSet<>();
		this.rows.factors(portfolioId, FactorKind.ATTRACTIVENESS).forEach((f) -> defined.add(f.name()));
		Set<String> seen = new HashSet<>();
		List<FactorScale> checked = new ArrayList<>();
		for (ScaleRequest request : requests) {
			String name = (request == null || request.factor() == null) ? "" : request.factor().trim();
			String field = "scales." + name;
			if (!defined.contains(name) || !seen.add(name)) {
				throw BusinessRuleException.onField(field, "keyaccount.error.unknownFactor", name);
			}
			FactorMeasure measure = measure(request.measure(), field + ".measure");
			checked.add(new FactorScale(name, measure, bands(request.bands(), measure != null, field + ".bands")));
		}
		this.scales.replace(portfolioId, checked);
	}

	/**
	 * One factor's scale (the page's form per factor), the others kept; the same rules as
	 * {@link #set}.
	 */
	@Transactional
	public void setOne(UserPrincipal user, long portfolioId, ScaleRequest request) {
		String factor = (request == null || request.factor() == null) ? "" : request.factor().trim();
		List<ScaleRequest> all = new ArrayList<>();
		for (FactorScale scale : this.scales.scales(portfolioId)) {
			if (!scale.factor().equals(factor)) {
				all.add(new ScaleRequest(scale.factor(), (scale.measure() != null) ? scale.measure().name() : null,
						scale.bands()));
			}
		}
		all.add(request);
		set(user, portfolioId, all);
	}

	private static FactorMeasure measure(String measure, String field) {
		if (measure == null || measure.isBlank()) {
			return null;
		}
		try {
			return FactorMeasure.valueOf(measure.trim());
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField(field, "keyaccount.error.measure", measure);
		}
	}

	private static List<ScoringBand> bands(List<ScoringBand> bands, boolean measured, String field) {
		List<ScoringBand> result = new ArrayList<>();
		Set<Integer> scores = new HashSet<>();
		for (ScoringBand band : (bands != null) ? bands : List.<ScoringBand>of()) {
			if (band == null || band.score() == null || band.score() < 0 || band.score() > 10
					|| !scores.add(band.score())) {
				throw BusinessRuleException.onField(field, "keyaccount.error.bandScore");
			}
			String label = (band.label() == null || band.label().isBlank()) ? null : band.label().trim();
			boolean noRange = band.lower() == null && band.upper() == null;
			boolean reversed = band.lower() != null && band.upper() != null
					&& band.lower().compareTo(band.upper()) >= 0;
			if ((label != null && label.length() > 200) || reversed || (measured && noRange)
					|| (!measured && label == null)) {
				throw BusinessRuleException.onField(field, "keyaccount.error.band", band.score());
			}
			result.add(new ScoringBand(band.score(), band.lower(), band.upper(), label));
		}
		if (measured) {
			checkNoOverlap(result, field);
		}
		result.sort(Comparator.comparing(ScoringBand::score));
		return result;
	}

	/**
	 * Sorted by lower end (open = −∞), each band must end where or before the next
	 * begins.
	 */
	private static void checkNoOverlap(List<ScoringBand> bands, String field) {
		List<ScoringBand> sorted = new ArrayList<>(bands);
		sorted.sort(Comparator.comparing(ScoringBand::lower, Comparator.nullsFirst(Comparator.naturalOrder())));
		for (int i = 1; i < sorted.size(); i++) {
			ScoringBand before = sorted.get(i - 1);
			ScoringBand next = sorted.get(i);
			if (before.upper() == null || next.lower() == null || before.upper().compareTo(next.lower()) > 0) {
				throw BusinessRuleException.onField(field, "keyaccount.error.bandOverlap", next.score());
			}
		}
	}

}
