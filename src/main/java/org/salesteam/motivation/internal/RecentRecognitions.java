package org.salesteam.motivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.PendingWork;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's own recognitions of the last {@link #DAYS} days on their home page (ADR 0046),
 * through the inbox SPI: one line with the count, the latest praise's message beside it,
 * linking to their own list. For information: shown below the to-dos and not counted
 * among them, since nothing waits on it. One query.
 */
@Component
class RecentRecognitions implements PendingWork {

	static final int DAYS = 30;

	static final int URGENCY = PendingWork.FOR_INFORMATION;

	/** The praise beside the count is cut to this many characters. */
	static final int DETAIL_CHARS = 30;

	private final JdbcClient jdbc;

	private final Clock clock;

	RecentRecognitions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Item> pendingFor(UserPrincipal user) {
		List<Object[]> rows = this.jdbc.sql("""
				select r.kind, r.message from recognition r where r.user_id = :me and r.earned_on >= :since
				order by r.earned_on desc, r.created_at desc
				""")
			.param("me", user.id())
			.param("since", LocalDate.now(this.clock).minusDays(DAYS))
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getString(2) })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		String praise = rows.stream()
			.filter((row) -> Recognitions.PRAISE.equals(row[0]))
			.map((row) -> abbreviate((String) row[1]))
			.findFirst()
			.orElse(null);
		return List.of(new Item("motivation.recognition.inbox", rows.size(), praise, "/recognition?mine", URGENCY));
	}

	static String abbreviate(String text) {
		return (text.length() <= DETAIL_CHARS) ? text : text.substring(0, DETAIL_CHARS) + "…";
	}

}
