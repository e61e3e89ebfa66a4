package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 激励因素评分 (ADR 0039): a rep rates the handbook's seven means of motivation and three kinds
 * of prize from 1 to 5; a new answer replaces the old. Whoever designs contests (managers
 * for the teams they manage, directors and admins for every team) sees a team's profile —
 * the mean per factor over the team's current reps who answered — but only from
 * {@link #MIN_ANSWERS} answers on: below that only the count is shown, so that no one
 * rep's answer can be read off it. Reps and support staff see no profile (403); a team
 * the manager does not manage is not found (404).
 */
@Service
public class MotivationSurveys {

	/** The factors in the order asked: the seven means, then the three kinds of prize. */
	public static final List<String> FACTORS = List.of("WORK", "RECOGNITION", "CHALLENGE", "GROWTH", "OWNERSHIP",
			"CLIMATE", "TEAM_REWARD", "PRIZE_MONEY", "PRIZE_RECOGNITION", "PRIZE_DEVELOPMENT");

	public static final int MIN_ANSWERS = 5;

	/** A team's profile: answers counted, and the means (null while anonymous). */
	public record Profile(long teamId, String teamName, int answers, boolean anonymous, Map<String, BigDecimal> means) {
	}

	private final JdbcClient jdbc;

	private final TeamDirectory directory;

	private final Clock clock;

	MotivationSurveys(JdbcClient jdbc, TeamDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/** The user's own latest ratings, by factor (empty when never answered). */
	@Transactional(readOnly = true)
	public Map<String, Integer> mine(UserPrincipal user) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		this.jdbc.sql("select factor, rating from motivation_rating where user_id = :u")
			.param("u", user.id())
			.query((rs) -> {
				ratings.put(rs.getString(1), rs.getInt(2));
			});
		return ratings;
	}

	/** Replaces the rep's answer; every factor 1–5 (422 on {@code ratings.<FACTOR>}). */
	@Transactional
	public void answer(UserPrincipal user, Map<String, Integer> ratings) {
		if (!user.hasRole(Role.REP)) {
			throw new AccessDeniedException("the motivation survey is answered by reps");
		}
		for (String factor : FACTORS) {
			Integer rating = (ratings != null) ? ratings.get(factor) : null;
			if (rating == null || rating < 1 || rating > 5) {
				throw BusinessRuleException.onField("ratings." + factor, "motivation.survey.error.rating");
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql("delete from motivation_rating where user_id = :u").param("u", user.id()).update();
		for (String factor : FACTORS) {
			this.jdbc.sql("""
					insert into motivation_rating (user_id, factor, rating, answered_on)
					values (:u, :f, :r, :d)
					""")
				.param("u", user.id())
				.param("f", factor)
				.param("r", ratings.get(factor))
				.param("d", today)
				.update();
		}
	}

	/** The profiles of the teams the user designs contests for (403 for others). */
	@Transactional(readOnly = true)
	public List<Profile> profiles(UserPrincipal user) {
		return designedTeams(user).stream().map((team) -> profile(team.id(), team.name())).toList();
	}

	/** One team's profile; 404 for a team the user does not design for, 403 for reps. */
	@Transactional(readOnly = true)
	public Profile profile(UserPrincipal user, long teamId) {
		return designedTeams(user).stream()
			.filter((team) -> team.id() == teamId)
			.findFirst()
			.map((team) -> profile(team.id(), team.name()))
			.orElseThrow(() -> new NotFoundException("team", teamId));
	}

	private List<TeamDirectory.TeamSummary> designedTeams(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("team motivation profiles are for those who design contests");
		}
		if (ContestAccess.seesAll(user)) {
			return this.directory.allTeams().stream().filter(TeamDirectory.TeamSummary::active).toList();
		}
		return this.directory.teamsManagedBy(user.id());
	}

	private Profile profile(long teamId, String name) {
		List<Long> reps = this.directory.membersOf(teamId).stream().map(TeamDirectory.Member::id).toList();
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		int[] answers = { 0 };
		if (!reps.isEmpty()) {
			answers[0] = this.jdbc.sql("select count(distinct user_id) from motivation_rating where user_id in (:ids)")
				.param("ids", reps)
				.query(Integer.class)
				.single();
			this.jdbc.sql("""
					select factor, sum(rating) from motivation_rating where user_id in (:ids) group by factor
					""").param("ids", reps).query((rs) -> {
				sums.put(rs.getString(1), rs.getBigDecimal(2));
			});
		}
		boolean anonymous = answers[0] < MIN_ANSWERS;
		Map<String, BigDecimal> means = new LinkedHashMap<>();
		if (!anonymous) {
			for (String factor : FACTORS) {
				BigDecimal sum = sums.getOrDefault(factor, BigDecimal.ZERO);
				means.put(factor, sum.divide(BigDecimal.valueOf(answers[0]), 2, RoundingMode.HALF_UP));
			}
		}
		return new Profile(teamId, name, answers[0], anonymous, means);
	}

}
