package org.salesteam.team.internal;

import java.util.Optional;

import org.salesteam.team.MarketSegment;
import org.salesteam.team.ReferenceCodes;
import org.salesteam.team.Territory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReferenceCodes}: a code match wins over a name match; records are created
 * through the repositories (so the audit trail sees them) and flushed at once, because
 * the caller refers to them from SQL in the same transaction.
 */
@Component
class ReferenceCodeLookup implements ReferenceCodes {

	private static final int NAME_LENGTH = 100;

	private final JdbcClient jdbc;

	private final TerritoryRepository territories;

	private final MarketSegmentRepository segments;

	ReferenceCodeLookup(JdbcClient jdbc, TerritoryRepository territories, MarketSegmentRepository segments) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.segments = segments;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> findTerritory(String codeOrName) {
		return find("territory", codeOrName);
	}

	@Override
	@Transactional
	public long territory(String codeOrName) {
		return findTerritory(codeOrName).orElseGet(() -> this.territories
			.saveAndFlush(new Territory(ReferenceCodes.codeFor(codeOrName), name(codeOrName), null))
			.getId());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> findSegment(String codeOrName) {
		return find("market_segment", codeOrName);
	}

	@Override
	@Transactional
	public long segment(String codeOrName) {
		return findSegment(codeOrName).orElseGet(() -> this.segments
			.saveAndFlush(new MarketSegment(ReferenceCodes.codeFor(codeOrName), name(codeOrName), null, null))
			.getId());
	}

	private Optional<Long> find(String table, String codeOrName) {
		String text = codeOrName.trim();
		return this.jdbc
			.sql("select id from " + table + " where upper(code) = :code or code = :derived or name = :name "
					+ "order by case when upper(code) = :code then 0 else 1 end, id")
			.param("code", text.toUpperCase(java.util.Locale.ROOT))
			.param("derived", ReferenceCodes.codeFor(text))
			.param("name", text)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	private static String name(String text) {
		String trimmed = text.trim();
		return (trimmed.length() > NAME_LENGTH) ? trimmed.substring(0, NAME_LENGTH) : trimmed;
	}

}
