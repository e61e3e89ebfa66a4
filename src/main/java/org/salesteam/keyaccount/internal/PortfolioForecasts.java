package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step ⑨: where each account will stand in three years — attractiveness 0–10, relative
 * strength above 0 up to 10 — and its yearly sales then (≥ 0). One forecast per account,
 * replaced when set again; the matrix draws it as a ring.
 */
@Service
public class PortfolioForecasts {

	/** A three-year forecast as entered. */
	public record Forecast(Double attractiveness, Double relativeStrength, BigDecimal sales) {
	}

	private final KeyAccountAccess access;

	private final PortfolioRows rows;

	private final JdbcClient jdbc;

	PortfolioForecasts(KeyAccountAccess access, PortfolioRows rows, JdbcClient jdbc) {
		this.access = access;
		this.rows = rows;
		this.jdbc = jdbc;
	}

	@Transactional
	public void set(UserPrincipal user, long portfolioId, long customerId, Forecast forecast) {
		this.access.writablePortfolio(user, portfolioId);
		this.access.readableCustomer(user, customerId);
		if (!this.rows.accounts(portfolioId).contains(customerId)) {
			throw new NotFoundException(KeyAccountAccess.CUSTOMER, customerId);
		}
		if (forecast.attractiveness() == null || !(forecast.attractiveness() >= 0 && forecast.attractiveness() <= 10)) {
			throw BusinessRuleException.onField("attractiveness", "keyaccount.error.scoreRange");
		}
		if (forecast.relativeStrength() == null
				|| !(forecast.relativeStrength() > 0 && forecast.relativeStrength() <= 10)) {
			throw BusinessRuleException.onField("relativeStrength", "keyaccount.error.relativeStrength");
		}
		if (forecast.sales() == null || forecast.sales().signum() < 0) {
			throw BusinessRuleException.onField("sales", "keyaccount.error.forecastSales");
		}
		write(portfolioId, customerId, forecast);
	}

	/** Replaces an account's forecast; callers check rights and values. */
	void write(long portfolioId, long customerId, Forecast forecast) {
		this.jdbc.sql("delete from ka_portfolio_forecast where portfolio_id = :p and customer_id = :c")
			.param("p", portfolioId)
			.param("c", customerId)
			.update();
		this.jdbc.sql("""
				insert into ka_portfolio_forecast (portfolio_id, customer_id, attractiveness, relative_strength, sales)
				values (:p, :c, :aa, :rs, :s)
				""")
			.param("p", portfolioId)
			.param("c", customerId)
			.param("aa", BigDecimal.valueOf(forecast.attractiveness()))
			.param("rs", BigDecimal.valueOf(forecast.relativeStrength()))
			.param("s", forecast.sales())
			.update();
	}

	/** The forecasts of the accounts still in the portfolio, by customer. */
	Map<Long, Forecast> byAccount(long portfolioId) {
		Map<Long, Forecast> forecasts = new HashMap<>();
		this.jdbc.sql("""
				select f.customer_id, f.attractiveness, f.relative_strength, f.sales from ka_portfolio_forecast f
				join ka_portfolio_account a on a.portfolio_id = f.portfolio_id and a.customer_id = f.customer_id
				where f.portfolio_id = :p
				""")
			.param("p", portfolioId)
			.query((rs, row) -> forecasts.put(rs.getLong(1),
					new Forecast(rs.getDouble(2), rs.getDouble(3), rs.getBigDecimal(4))))
			.list();
		return forecasts;
	}

}
