package org.salesteam.coaching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's coaching work for a coach: their unfinished sessions whose visit day has
 * come — the observation, debrief or review is due (one item, linked to the coaching list
 * narrowed to open sessions).
 */
@Component
class PendingDebriefs implements PendingWork {

	private final JdbcClient jdbc;

	private final Clock clock;

	PendingDebriefs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> pendingFor(UserPrincipal user) {
		long due = this.jdbc.sql("""
				select count(*) from coaching_session s join visit v on v.id = s.visit_id
				where s.coach_id = :me and s.step in ('OBSERVE', 'DEBRIEF', 'REVIEW') and v.visit_date <= :today""")
			.param("me", user.id())
			.param("today", LocalDate.now(this.clock))
			.query(Long.class)
			.single();
		return (due == 0) ? List.of()
				: List.of(new Item("coaching.inbox.debriefsDue", due, null, "/coaching?open=true", 35));
	}

}
