package org.salesteam.visit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.visit.VisitStatus;
import org.salesteam.visit.VisitType;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visits as SQL with the user's visibility (by the visiting rep) inside the query:
 * filtered lists with limit+1 paging, and the last and next visit of a customer.
 */
@Component
public class VisitList {

	/**
	 * One visit in a list: the columns of the handbook's weekly schedule and a few more.
	 */
	public record Row(long id, long repId, String repName, long customerId, String customerName, String customerClass,
			VisitType type, VisitStatus status, LocalDateTime plannedAt, LocalDate visitDate, String objective,
			String contactsMet, String result, String nextAction, LocalDate nextVisitDate, Integer durationMinutes,
			BigDecimal expensesTotal) {
	}

	/** A page of the list; {@code nextPage} is null on the last page. */
	public record Page(List<Row> items, int page, Integer nextPage) {
	}

	private static final String COLUMNS = """
			select v.id, v.rep_id, u.display_name as rep_name, v.customer_id, c.name as customer_name,
			       c.customer_class, v.visit_type as type, v.status, v.planned_at, v.visit_date, v.objective,
			       v.contacts_met, v.result, v.next_action, v.next_visit_date, v.duration_minutes,
			       v.expense_travel + v.expense_meals + v.expense_gifts + v.expense_other as expenses_total""";

	private static final String FROM = """

			from visit v
			join customer c on c.id = v.customer_id
			join app_user u on u.id = v.rep_id
			""";

	private static final String SELECT = COLUMNS + FROM;

	private final JdbcClient jdbc;

	private final VisitAccess access;

	VisitList(JdbcClient jdbc, VisitAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	public Page find(UserPrincipal user, VisitFilter filter) {
		return find(this.access.visits(user), filter);
	}

	/** The visits that {@code visible} admits (see {@link VisitAccess}). */
	Page find(Visibility.Where visible, VisitFilter filter) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		restrict(visible, filter, where, params);
		String order = filter.ascending() ? "v.visit_date, v.planned_at, v.id"
				: "v.visit_date desc, v.planned_at desc, v.id desc";
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		String sql = filter.upcomingFrom() == null
				? SELECT + whereClause(where) + "order by " + order + " limit :limit offset :offset"
				: upcomingFirst(where, order, filter, params);
		List<Row> rows = this.jdbc.sql(sql).params(params).query(Row.class).list();
		boolean more = rows.size() > filter.size();
		return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), more ? filter.page() + 1 : null);
	}

	/**
	 * Upcoming visits (from {@code upcomingFrom}) soonest first, then the rest in the
	 * list's order. Written as two limited, index-ordered halves joined by
	 * {@code union all}, so the database reads at most a page's window from each half
	 * instead of sorting every visible visit by a computed key (1/5 s at scale M).
	 */
	private static String upcomingFirst(List<String> where, String order, VisitFilter filter,
			Map<String, Object> params) {
		params.put("upcoming", filter.upcomingFrom());
		params.put("window", (long) (filter.page() + 1) * filter.size() + 1);
		List<String> ahead = new ArrayList<>(where);
		ahead.add("v.visit_date >= :upcoming");
		List<String> rest = new ArrayList<>(where);
		rest.add("v.visit_date < :upcoming");
		return "select * from ((" + COLUMNS + ", 0 as part" + FROM + whereClause(ahead)
				+ "order by v.visit_date, v.planned_at, " + order + " limit :window)\nunion all (" + COLUMNS
				+ ", 1 as part" + FROM + whereClause(rest) + "order by " + order + " limit :window)) x\n"
				+ "order by x.part, case when x.part = 0 then x.visit_date end, "
				+ "case when x.part = 0 then x.planned_at end, " + order.replace("v.", "x.")
				+ " limit :limit offset :offset";
	}

	private static String whereClause(List<String> where) {
		return where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n";
	}

	private static void restrict(Visibility.Where visible, VisitFilter filter, List<String> where,
			Map<String, Object> params) {
		where.add(visible.sql());
		params.putAll(visible.params());
		if (filter.q() != null) {
			where.add("(c.name like :contains escape '\\' or v.objective like :contains escape '\\')");
			params.put("contains", "%" + escapeLike(filter.q()) + "%");
		}
		if (filter.status() != null) {
			where.add("v.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.repId() != null) {
			where.add("v.rep_id = :rep");
			params.put("rep", filter.repId());
		}
		if (filter.customerId() != null) {
			where.add("v.customer_id = :customer");
			params.put("customer", filter.customerId());
		}
		if (filter.from() != null) {
			where.add("v.visit_date >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("v.visit_date <= :to");
			params.put("to", filter.to());
		}
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
