package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of a portfolio — accounts, factors, scores — in plain SQL. Callers check the
 * user's rights and validate before they write.
 */
@Component
class PortfolioRows {

	/**
	 * One scorer's score of one factor of one account; {@code best} only for success
	 * factors.
	 */
	record Score(long customerId, String scorer, FactorKind kind, String factor, double us, Double best) {
	}

	private final JdbcClient jdbc;

	PortfolioRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> accounts(long portfolioId) {
		return this.jdbc
			.sql("select customer_id from ka_portfolio_account where portfolio_id = :p order by customer_id")
			.param("p", portfolioId)
			.query(Long.class)
			.list();
	}

	/**
	 * Replaces the accounts; scores of accounts no longer in the portfolio go with them.
	 */
	void replaceAccounts(long portfolioId, Collection<Long> customerIds) {
		this.jdbc.sql("delete from ka_portfolio_account where portfolio_id = :p").param("p", portfolioId).update();
		for (Long customerId : customerIds) {
			this.jdbc.sql("insert into ka_portfolio_account (portfolio_id, customer_id) values (:p, :c)")
				.param("p", portfolioId)
				.param("c", customerId)
				.update();
		}
		this.jdbc.sql("""
				delete from ka_portfolio_score where portfolio_id = :p
				and customer_id not in (select a.customer_id from ka_portfolio_account a where a.portfolio_id = :p)
				""").param("p", portfolioId).update();
	}

	List<Factor> factors(long portfolioId, FactorKind kind) {
		return this.jdbc
			.sql("select name, weight from ka_portfolio_factor where portfolio_id = :p and kind = :k order by position")
			.param("p", portfolioId)
			.param("k", kind.name())
			.query((rs, row) -> new Factor(rs.getString(1), rs.getInt(2)))
			.list();
	}

	/**
	 * Replaces the factors of a kind; scores of factors no longer defined go with them.
	 */
	void replaceFactors(long portfolioId, FactorKind kind, List<Factor> factors) {
		this.jdbc.sql("delete from ka_portfolio_factor where portfolio_id = :p and kind = :k")
			.param("p", portfolioId)
			.param("k", kind.name())
			.update();
		for (int i = 0; i < factors.size(); i++) {
			this.jdbc.sql("""
					insert into ka_portfolio_factor (portfolio_id, kind, name, weight, position)
					values (:p, :k, :n, :w, :i)
					""")
				.param("p", portfolioId)
				.param("k", kind.name())
				.param("n", factors.get(i).name())
				.param("w", factors.get(i).weight())
				.param("i", i)
				.update();
		}
		this.jdbc.sql("""
				delete from ka_portfolio_score where portfolio_id = :p and kind = :k
				and factor not in (select f.name from ka_portfolio_factor f where f.portfolio_id = :p and f.kind = :k)
				""").param("p", portfolioId).param("k", kind.name()).update();
	}

	/** Replaces one scorer's scores of one account; the other scorers' rows stay. */
	void replaceScores(long portfolioId, long customerId, String scorer, List<Score> scores) {
		this.jdbc.sql("delete from ka_portfolio_score where portfolio_id = :p and customer_id = :c and scorer = :s")
			.param("p", portfolioId)
			.param("c", customerId)
			.param("s", scorer)
			.update();
		for (Score score : scores) {
			this.jdbc.sql("""
					insert into ka_portfolio_score (portfolio_id, customer_id, scorer, kind, factor, us, best)
					values (:p, :c, :s, :k, :f, :us, :best)
					""")
				.param("p", portfolioId)
				.param("c", customerId)
				.param("s", scorer)
				.param("k", score.kind().name())
				.param("f", score.factor())
				.param("us", BigDecimal.valueOf(score.us()))
				.param("best", (score.best() != null) ? BigDecimal.valueOf(score.best()) : null)
				.update();
		}
	}

	List<Score> scores(long portfolioId) {
		return this.jdbc.sql("""
				select customer_id, scorer, kind, factor, us, best from ka_portfolio_score
				where portfolio_id = :p order by customer_id, scorer
				""")
			.param("p", portfolioId)
			.query((rs, row) -> new Score(rs.getLong(1), rs.getString(2), FactorKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getDouble(5), (rs.getBigDecimal(6) != null) ? rs.getDouble(6) : null))
			.list();
	}

	/**
	 * The newest portfolio (by year, then id) that lists the account, if any.
	 */
	java.util.Optional<Long> newestPortfolioOf(long customerId) {
		return this.jdbc.sql("""
				select p.id from ka_portfolio p join ka_portfolio_account a on a.portfolio_id = p.id
				where a.customer_id = :c order by p.portfolio_year desc, p.id desc fetch first 1 rows only""")
			.param("c", customerId)
			.query(Long.class)
			.optional();
	}

}
