package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions a user sees (the coaching calendar, a rep's own sessions) and one session
 * with its visit and people, read with the module's visibility condition.
 */
@Component
public class SessionList {

	/** One session in a list; {@code step} DONE when reviewed. */
	public record Row(long id, String repUsername, String repName, String coachName, long visitId, String customerName,
			LocalDate visitDate, String step, boolean largeDeal, boolean jointCall, LocalDate completedOn,
			String objective) {
	}

	/** One session with what it coaches. */
	public record Detail(CoachingSession session, CoachedVisits.CoachedVisit visit, TeamDirectory.Member rep,
			TeamDirectory.Member coach) {
	}

	private final JdbcClient jdbc;

	private final CoachingAccess access;

	private final CoachedVisits visits;

	private final TeamDirectory directory;

	SessionList(JdbcClient jdbc, CoachingAccess access, CoachedVisits visits, TeamDirectory directory) {
		this.jdbc = jdbc;
		this.access = access;
		this.visits = visits;
		this.directory = directory;
	}

	/**
	 * The visible sessions whose visit is in the range (either end open), of one rep when
	 * {@code repUsername} is given, only the unfinished ones when {@code open}; by visit
	 * day, the latest first.
	 */
	@Transactional(readOnly = true)
	public List<Row> find(UserPrincipal user, String repUsername, LocalDate from, LocalDate to, boolean open,
			int limit) {
		Visibility.Where where = this.access.sessions(user);
		StringBuilder sql = new StringBuilder("""
				select s.id, r.username as rep_username, r.display_name as rep_name, k.display_name as coach_name,
				  s.visit_id, c.name as customer_name, v.visit_date, s.step, s.large_deal, s.joint_call, s.completed_on,
				  s.objective
				from coaching_session s join visit v on v.id = s.visit_id join customer c on c.id = v.customer_id
				join app_user r on r.id = s.rep_id join app_user k on k.id = s.coach_id
				where """).append(where.sql());
		if (repUsername != null && !repUsername.isBlank()) {
			sql.append(" and r.username = :rep");
		}
		if (from != null) {
			sql.append(" and v.visit_date >= :from");
		}
		if (to != null) {
			sql.append(" and v.visit_date <= :to");
		}
		if (open) {
			sql.append(" and s.step <> 'DONE'");
		}
		sql.append(" order by v.visit_date desc, s.id desc limit :limit");
		JdbcClient.StatementSpec statement = where.bind(this.jdbc.sql(sql.toString())).param("limit", limit);
		if (repUsername != null && !repUsername.isBlank()) {
			statement = statement.param("rep", repUsername.trim());
		}
		if (from != null) {
			statement = statement.param("from", from);
		}
		if (to != null) {
			statement = statement.param("to", to);
		}
		return statement.query(Row.class).list();
	}

	/** One visible session (404 otherwise) with its visit and people. */
	@Transactional(readOnly = true)
	public Detail one(UserPrincipal user, long id) {
		return detail(this.access.session(user, id));
	}

	/** A session just written, with its visit and people. */
	public Detail detail(CoachingSession session) {
		Map<Long, TeamDirectory.Member> people = this.directory
			.findMembers(List.of(session.getRepId(), session.getCoachId()))
			.stream()
			.collect(Collectors.toMap(TeamDirectory.Member::id, Function.identity()));
		return new Detail(session, this.visits.find(session.getVisitId()).orElseThrow(), people.get(session.getRepId()),
				people.get(session.getCoachId()));
	}

}
