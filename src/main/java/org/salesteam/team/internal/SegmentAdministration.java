package org.salesteam.team.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.MarketSegment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's use cases on market segments. Codes are unique, upper case and fixed once
 * created, like territory codes.
 */
@Service
@Transactional
public class SegmentAdministration {

	private final MarketSegmentRepository segments;

	SegmentAdministration(MarketSegmentRepository segments) {
		this.segments = segments;
	}

	@Transactional(readOnly = true)
	public Optional<MarketSegment> find(long id) {
		return this.segments.findById(id);
	}

	@Transactional(readOnly = true)
	public MarketSegment get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("entity.segment", id));
	}

	@Transactional(readOnly = true)
	public List<MarketSegment> all() {
		return this.segments.findAllByOrderByCodeAsc();
	}

	public MarketSegment create(String code, String name, String industry, String enterpriseType) {
		String normalized = code.trim().toUpperCase(Locale.ROOT);
		if (this.segments.existsByCodeIgnoreCase(normalized)) {
			throw BusinessRuleException.onField("code", "segment.rule.codeTaken", normalized);
		}
		return this.segments
			.save(new MarketSegment(normalized, name.trim(), blankToNull(industry), blankToNull(enterpriseType)));
	}

	public MarketSegment update(long id, String name, String industry, String enterpriseType) {
		MarketSegment segment = get(id);
		segment.update(name.trim(), blankToNull(industry), blankToNull(enterpriseType));
		return segment;
	}

	public MarketSegment deactivate(long id) {
		MarketSegment segment = get(id);
		segment.deactivate();
		return segment;
	}

	public MarketSegment activate(long id) {
		MarketSegment segment = get(id);
		segment.activate();
		return segment;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
