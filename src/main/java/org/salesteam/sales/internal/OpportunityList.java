package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opportunities as SQL with the user's visibility inside the query: the filtered list
 * (limit+1 paging) and the stage board of open opportunities.
 */
@Component
public class OpportunityList {

	/** One opportunity in a list or on the board. */
	public record Row(long id, String name, long customerId, String customerName, Long ownerId, String ownerName,
			OpportunityStage stage, BigDecimal amount, int probability, LocalDate expectedCloseDate,
			LocalDate closedOn) {

		public BigDecimal weightedAmount() {
			return this.amount.multiply(BigDecimal.valueOf(this.probability))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		}

	}

	/** A page of the list; {@code nextPage} is null on the last page. */
	public record Page(List<Row> items, int page, Integer nextPage) {
	}

	/** One column of the board. */
	public record Column(OpportunityStage stage, List<Row> items, BigDecimal amount, BigDecimal weighted) {
	}

	private static final String SELECT = """
			select o.id, o.name, o.customer_id, c.name as customer_name, o.owner_id, u.display_name as owner_name,
			       o.stage, o.amount, coalesce(sp.probability, 0) as probability, o.expected_close_date, o.closed_on
			from opportunity o
			join customer c on c.id = o.customer_id
			left join app_user u on u.id = o.owner_id
			left join opportunity_stage_probability sp on sp.stage = o.stage
			""";

	private final JdbcClient jdbc;

	private final SalesAccess access;

	OpportunityList(JdbcClient jdbc, SalesAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	public Page find(UserPrincipal user, OpportunityFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		restrict(this.access.opportunities(user), filter, where, params);
		String sql = SELECT + (where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n") + "order by "
				+ filter.orderBy() + " limit :limit offset :offset";
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		List<Row> rows = this.jdbc.sql(sql).params(params).query(Row.class).list();
		boolean more = rows.size() > filter.size();
		return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), more ? filter.page() + 1 : null);
	}

	/**
	 * The open opportunities by stage, each column closing soonest first and capped at
	 * {@code perStage} cards; the sums cover every open opportunity of the column.
	 */
	public List<Column> board(UserPrincipal user, OpportunityFilter filter, int perStage) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		OpportunityFilter open = new OpportunityFilter(filter.q(), null, true, filter.ownerId(), filter.customerId(),
				filter.from(), filter.to(), "close", false, 0, perStage);
		restrict(this.access.opportunities(user), open, where, params);
		Map<OpportunityStage, List<Row>> byStage = new EnumMap<>(OpportunityStage.class);
		Map<OpportunityStage, BigDecimal[]> sums = new EnumMap<>(OpportunityStage.class);
		for (OpportunityStage stage : OpportunityStage.open()) {
			byStage.put(stage, new ArrayList<>());
			sums.put(stage, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		}
		String sql = SELECT + "where " + String.join(" and ", where) + "\norder by o.expected_close_date, o.id";
		this.jdbc.sql(sql).params(params).query(Row.class).list().forEach((row) -> {
			List<Row> column = byStage.get(row.stage());
			if (column.size() < perStage) {
				column.add(row);
			}
			BigDecimal[] sum = sums.get(row.stage());
			sum[0] = sum[0].add(row.amount());
			sum[1] = sum[1].add(row.weightedAmount());
		});
		List<Column> columns = new ArrayList<>();
		byStage.forEach((stage, rows) -> columns.add(new Column(stage, rows, sums.get(stage)[0], sums.get(stage)[1])));
		return columns;
	}

	private static void restrict(Visibility.Where visible, OpportunityFilter filter, List<String> where,
			Map<String, Object> params) {
		where.add(visible.sql());
		params.putAll(visible.params());
		if (filter.q() != null) {
			where.add("(o.name like :contains escape '\\' or c.name like :contains escape '\\')");
			params.put("contains", "%" + OrderFilter.escapeLike(filter.q()) + "%");
		}
		if (filter.stage() != null) {
			where.add("o.stage = :stage");
			params.put("stage", filter.stage().name());
		}
		else if (filter.openOnly()) {
			where.add("o.stage not in ('WON', 'LOST')");
		}
		if (filter.ownerId() != null) {
			where.add("o.owner_id = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.customerId() != null) {
			where.add("o.customer_id = :customer");
			params.put("customer", filter.customerId());
		}
		if (filter.from() != null) {
			where.add("o.expected_close_date >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("o.expected_close_date <= :to");
			params.put("to", filter.to());
		}
	}

}
