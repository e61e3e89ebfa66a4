package org.salesteam.visit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.IdBlocks;
import org.salesteam.team.TeamDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo teams' monthly standards, set as their managers would for the demo's pace of
 * work: 36 completed visits (the demo reps make about 8–12 a week), 2 prospects visited,
 * 3 proposals or demonstrations; no monthly minimum of conversions (the demo converts
 * about one prospect per rep per quarter; conversions are shown under each month). Most
 * reps are then green or amber; rep3 ("Joe Martin"), who visits only his large accounts,
 * is short of prospects and proposals. The weekly standard stays the company default.
 * Runs once, while no team or rep has a standard of its own.
 */
@Component
@Order(41)
class DemoStandards implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TeamDirectory directory;

	private final Clock clock;

	private final boolean enabled;

	DemoStandards(JdbcTemplate jdbc, TransactionTemplate transaction, TeamDirectory directory, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.directory = directory;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			Long own = this.jdbc.queryForObject(
					"select count(*) from visit_standard where team_id is not null or rep_id is not null", Long.class);
			if (own == null || own > 0) {
				return;
			}
			IdBlocks ids = new IdBlocks(this.jdbc);
			Timestamp now = Timestamp.from(this.clock.instant());
			List<Object[]> rows = new ArrayList<>();
			this.directory.allTeams()
				.stream()
				.filter(TeamDirectory.TeamSummary::active)
				.forEach((team) -> rows.add(new Object[] { ids.next(), team.id(), 36, 2, 0, 3, now }));
			this.jdbc.batchUpdate("""
					insert into visit_standard (id, version, team_id, rep_id, period, min_visits, min_new_prospects,
					  min_conversions, min_proposals, created_at)
					values (?, 0, ?, null, 'MONTH', ?, ?, ?, ?, ?)
					""", rows);
		});
	}

}
