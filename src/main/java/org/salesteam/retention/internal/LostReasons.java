package org.salesteam.retention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesteam.platform.UserPrincipal;

import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers lost in a period that the user sees, with their reasons and exit
 * interviews, and the counts by reason, team, class and competitor (找到根本原因).
 */
@Service
public class LostReasons {

	/** One lost customer. */
	public record Loss(long id, long customerId, String customerCode, String customerName, String reason,
			boolean preventable, String competitor, String note, LocalDate lostOn, String teamName,
			String customerClass, Long interviewId, String interviewStatus, LocalDate interviewDue, String whyStopped,
			String whereDisappointed, String competitorOffer) {
	}

	/** The losses and their counts by each dimension (keys sorted). */
	public record Report(LocalDate from, LocalDate to, List<Loss> losses, Map<String, Long> byReason,
			Map<String, Long> byTeam, Map<String, Long> byClass, Map<String, Long> byCompetitor, long preventable) {
	}

	private final JdbcClient jdbc;

	private final RetentionAccess access;

	LostReasons(JdbcClient jdbc, RetentionAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Report report(UserPrincipal user, LocalDate from, LocalDate to, String scope) {
		Visibility.Where condition = this.access.customers(user, scope);
		List<Loss> losses = condition
			.bind(this.jdbc.sql("""
					select l.id, c.id, c.code, c.name, l.reason, l.preventable, l.competitor, l.note, l.lost_on,
					  t.name, l.customer_class, i.id, i.status, i.due_on, i.why_stopped, i.where_disappointed,
					  i.competitor_offer
					from retention_lost_customer l join customer c on c.id = l.customer_id
					left join sales_team t on t.id = l.team_id
					left join retention_exit_interview i on i.lost_id = l.id
					where l.lost_on >= :from and l.lost_on <= :to and\s""" + condition.sql()
					+ " order by l.lost_on desc, c.code"))
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Loss(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
					rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11), rs.getObject(12, Long.class),
					rs.getString(13), rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16),
					rs.getString(17)))
			.list();
		return new Report(from, to, losses, count(losses, Loss::reason), count(losses, Loss::teamName),
				count(losses, Loss::customerClass),
				count(losses.stream().filter((l) -> l.competitor() != null).toList(), Loss::competitor),
				losses.stream().filter(Loss::preventable).count());
	}

	private static Map<String, Long> count(List<Loss> losses, Function<Loss, String> key) {
		return losses.stream()
			.collect(Collectors.groupingBy((l) -> (key.apply(l) != null) ? key.apply(l) : "-", TreeMap::new,
					Collectors.counting()));
	}

}
