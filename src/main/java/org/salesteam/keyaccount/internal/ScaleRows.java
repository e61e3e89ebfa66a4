package org.salesteam.keyaccount.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scales of a portfolio's attractiveness factors (step ④) in plain SQL, in the order
 * of the factors. Callers check rights and validate before they write.
 */
@Component
class ScaleRows {

	private final JdbcClient jdbc;

	ScaleRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FactorScale> scales(long portfolioId) {
		Map<String, FactorMeasure> measures = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.factor, s.measure from ka_portfolio_scale s
				join ka_portfolio_factor f on f.portfolio_id = s.portfolio_id and f.kind = 'ATTRACTIVENESS'
				  and f.name = s.factor
				where s.portfolio_id = :p order by f.position
				""")
			.param("p", portfolioId)
			.query((rs, row) -> measures.put(rs.getString(1),
					(rs.getString(2) != null) ? FactorMeasure.valueOf(rs.getString(2)) : null))
			.list();
		Map<String, List<ScoringBand>> bands = new LinkedHashMap<>();
		this.jdbc.sql("""
				select factor, score, lower_bound, upper_bound, label from ka_portfolio_band
				where portfolio_id = :p order by factor, score
				""")
			.param("p", portfolioId)
			.query((rs, row) -> bands.computeIfAbsent(rs.getString(1), (f) -> new ArrayList<>())
				.add(new ScoringBand(rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5))))
			.list();
		List<FactorScale> scales = new ArrayList<>();
		measures.forEach((factor, measure) -> scales
			.add(new FactorScale(factor, measure, bands.getOrDefault(factor, List.of()))));
		return scales;
	}

	/** Replaces every scale of the portfolio. */
	void replace(long portfolioId, List<FactorScale> scales) {
		this.jdbc.sql("delete from ka_portfolio_band where portfolio_id = :p").param("p", portfolioId).update();
		this.jdbc.sql("delete from ka_portfolio_scale where portfolio_id = :p").param("p", portfolioId).update();
		for (FactorScale scale : scales) {
			this.jdbc.sql("insert into ka_portfolio_scale (portfolio_id, factor, measure) values (:p, :f, :m)")
				.param("p", portfolioId)
				.param("f", scale.factor())
				.param("m", (scale.measure() != null) ? scale.measure().name() : null)
				.update();
			for (ScoringBand band : scale.bands()) {
				this.jdbc.sql("""
						insert into ka_portfolio_band (portfolio_id, factor, score, lower_bound, upper_bound, label)
						values (:p, :f, :s, :lo, :up, :l)
						""")
					.param("p", portfolioId)
					.param("f", scale.factor())
					.param("s", band.score())
					.param("lo", band.lower())
					.param("up", band.upper())
					.param("l", band.label())
					.update();
			}
		}
	}

	/** Removes the scales of attractiveness factors no longer defined. */
	void dropUndefined(long portfolioId) {
		for (String table : List.of("ka_portfolio_band", "ka_portfolio_scale")) {
			this.jdbc.sql("delete from " + table + " where portfolio_id = :p and factor not in "
					+ "(select f.name from ka_portfolio_factor f where f.portfolio_id = :p and f.kind = 'ATTRACTIVENESS')")
				.param("p", portfolioId)
				.update();
		}
	}

}
