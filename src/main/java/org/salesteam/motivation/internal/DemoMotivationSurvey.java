package org.salesteam.motivation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.PrincipalSource;
import org.salesteam.team.TeamDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo answers to the motivation survey (ADR 0039), once, while there are none: every
 * active rep of every team answers except the last rep of the last team, so that a team
 * with five reps shows how a profile stays hidden at four answers. The ratings are a
 * common base varied per rep, deterministic; rep3 (刘洋, "Joe Martin") cares for money and
 * little for development, rep7 ("Arlene Summers") the other way round.
 */
@Component
@Order(98)
class DemoMotivationSurvey implements ApplicationRunner {

	private static final int[] BASE = { 4, 4, 3, 4, 3, 4, 3, 4, 3, 3 };

	private final MotivationSurveys surveys;

	private final TeamDirectory directory;

	private final PrincipalSource principals;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoMotivationSurvey(MotivationSurveys surveys, TeamDirectory directory, PrincipalSource principals,
			JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.surveys = surveys;
		this.directory = directory;
		this.principals = principals;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.jdbc.sql("select count(*) from motivation_rating").query(Long.class).single() > 0) {
				return;
			}
			List<TeamDirectory.TeamSummary> teams = this.directory.allTeams()
				.stream()
				.filter(TeamDirectory.TeamSummary::active)
				.toList();
			for (int t = 0; t < teams.size(); t++) {
				List<TeamDirectory.Member> reps = this.directory.membersOf(teams.get(t).id());
				int answering = (t == teams.size() - 1) ? reps.size() - 1 : reps.size();
				for (int r = 0; r < answering; r++) {
					String username = reps.get(r).username();
					this.principals.findActive(username)
						.ifPresent((rep) -> this.surveys.answer(rep, ratings(username)));
				}
			}
		});
	}

	static Map<String, Integer> ratings(String username) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		int seed = Math.floorMod(username.hashCode(), 97);
		for (int i = 0; i < BASE.length; i++) {
			int rating = BASE[i] + Math.floorMod(seed + 7 * i, 3) - 1;
			ratings.put(MotivationSurveys.FACTORS.get(i), Math.max(1, Math.min(5, rating)));
		}
		if ("rep3".equals(username)) {
			ratings.put("PRIZE_MONEY", 5);
			ratings.put("PRIZE_DEVELOPMENT", 1);
		}
		if ("rep7".equals(username)) {
			ratings.put("PRIZE_MONEY", 2);
			ratings.put("PRIZE_DEVELOPMENT", 5);
			ratings.put("GROWTH", 5);
		}
		return ratings;
	}

}
