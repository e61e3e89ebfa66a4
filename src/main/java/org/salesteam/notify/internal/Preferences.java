package org.salesteam.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which notices reach a user by e-mail (the inbox is always on): each user chooses per
 * event type, on by default; a team's manager (or a director) may require e-mail for the
 * team's events, which then reaches the team's members whatever they chose.
 */
@Service
public class Preferences {

	/** One event type as the user sees it. */
	public record Choice(String event, boolean email, boolean emailRequired) {
	}

	private final JdbcClient jdbc;

	private final ChannelAdmin catalogue;

	private final TeamDirectory directory;

	private final MailReaders readers;

	Preferences(JdbcClient jdbc, ChannelAdmin catalogue, TeamDirectory directory, MailReaders readers) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.directory = directory;
		this.readers = readers;
	}

	@Transactional(readOnly = true)
	public List<Choice> of(UserPrincipal user) {
		Map<String, Boolean> chosen = this.jdbc
			.sql("select event_type, enabled from notify_preference where user_id = :user and channel = 'EMAIL'")
			.param("user", user.id())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<String> required = requiredFor(user.id());
		List<Choice> choices = new ArrayList<>();
		for (String type : this.catalogue.catalogue()) {
			choices.add(new Choice(type, chosen.getOrDefault(type, true), required.contains(type)));
		}
		return choices;
	}

	/**
	 * Sets the user's e-mail choice for every event type named (others: off when
	 * {@code onlyThese}).
	 */
	@Transactional
	public void choose(UserPrincipal user, Map<String, Boolean> email) {
		Set<String> known = this.catalogue.catalogue();
		if (!known.containsAll(email.keySet())) {
			throw BusinessRuleException.onField("event", "notify.channel.error.events");
		}
		email.forEach((type, on) -> {
			this.jdbc
				.sql("delete from notify_preference where user_id = :user and event_type = :type and channel = 'EMAIL'")
				.param("user", user.id())
				.param("type", type)
				.update();
			this.jdbc.sql("""
					insert into notify_preference (user_id, event_type, channel, enabled)
					values (:user, :type, 'EMAIL', :on)
					""").param("user", user.id()).param("type", type).param("on", on).update();
		});
	}

	/** The event types whose e-mail the team requires. */
	@Transactional(readOnly = true)
	public Set<String> required(UserPrincipal user, long teamId) {
		checkManages(user, teamId);
		return typesRequired(teamId);
	}

	/** The team's manager or a director requires e-mail for exactly these event types. */
	@Transactional
	public void require(UserPrincipal user, long teamId, Set<String> types) {
		checkManages(user, teamId);
		if (!this.catalogue.catalogue().containsAll(types)) {
			throw BusinessRuleException.onField("events", "notify.channel.error.events");
		}
		this.jdbc.sql("delete from notify_team_requirement where team_id = :team and channel = 'EMAIL'")
			.param("team", teamId)
			.update();
		for (String type : types) {
			this.jdbc.sql("""
					insert into notify_team_requirement (team_id, event_type, channel) values (:team, :type, 'EMAIL')
					""").param("team", teamId).param("type", type).update();
		}
	}

	/** Teams whose requirements the user sets: those they manage, all for a director. */
	public List<TeamDirectory.TeamSummary> teamsOf(UserPrincipal user) {
		if (user.hasRole(Role.DIRECTOR)) {
			return this.directory.allTeams();
		}
		return user.hasRole(Role.MANAGER) ? this.directory.teamsManagedBy(user.id()) : List.of();
	}

	private void checkManages(UserPrincipal user, long teamId) {
		if (this.directory.allTeams().stream().noneMatch((t) -> t.id() == teamId)) {
			throw new NotFoundException("team", teamId);
		}
		if (teamsOf(user).stream().noneMatch((t) -> t.id() == teamId)) {
			throw new AccessDeniedException("only the team's manager or a director");
		}
	}

	private Set<String> requiredFor(long userId) {
		return this.readers.teamOf(userId).map(this::typesRequired).orElse(Set.of());
	}

	private Set<String> typesRequired(long teamId) {
		return Set.copyOf(this.jdbc
			.sql("select event_type from notify_team_requirement where team_id = :team and channel = 'EMAIL'")
			.param("team", teamId)
			.query(String.class)
			.list());
	}

}
