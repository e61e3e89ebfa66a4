package org.salesteam.motivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.salesteam.notify.Notice;
import org.salesteam.notify.NoticeTypes;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 认可成绩 (ADR 0046): the recognition wall of a team, a user's own recognitions, and a
 * manager's praise. Achievements are earned from the data ({@link Achievements}) and
 * recorded here once per user, kind and subject; a praise is a message from a manager of
 * the praised person's team or a director, told to that person through {@code notify} (an
 * inbox-only, personal notice).
 * <p>
 * Who sees which wall: reps their own team's; managers the teams they manage (and their
 * own); directors, admins and support staff (who serve every team and belong to none)
 * every team and the whole company's. A team outside that is not found (404). Walls name
 * no customer: teammates may not see each other's customers.
 */
@Service
public class Recognitions implements NoticeTypes {

	public static final String PRAISE = "PRAISE";

	static final String NOTICE_TYPE = "RECOGNITION_PRAISE";

	/** How far back a wall and a user's own list reach. */
	public static final int WALL_DAYS = 90;

	static final int WALL_LIMIT = 200;

	public static final int MESSAGE_MAX = 500;

	/**
	 * One recognition as shown: what, who, when, and for a praise by whom and what was
	 * said.
	 */
	public record Entry(String username, String displayName, String kind, LocalDate earnedOn, String detail,
			String praisedBy, String message) {
	}

	/**
	 * A wall: the team shown (null: the whole company), the teams to choose from,
	 * entries.
	 */
	public record Wall(Long teamId, List<TeamDirectory.TeamSummary> teams, List<Entry> entries) {
	}

	private static final String SELECT = """
			select u.username, u.display_name, r.kind, r.earned_on, r.detail, p.display_name as praised_by, r.message
			from recognition r join app_user u on u.id = r.user_id left join app_user p on p.id = r.praised_by
			where r.earned_on >= :since
			""";

	private static final String ORDER = " order by r.earned_on desc, r.created_at desc, u.username limit " + WALL_LIMIT;

	private final JdbcClient jdbc;

	private final TeamDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Recognitions(JdbcClient jdbc, TeamDirectory directory, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<String> types() {
		return List.of(NOTICE_TYPE);
	}

	@Override
	public Set<String> personal() {
		return Set.of(NOTICE_TYPE);
	}

	/**
	 * Records an achievement unless this user earned it for this subject before; answers
	 * whether it is new. Runs in the caller's transaction.
	 */
	boolean earn(long userId, String kind, String subject, LocalDate on, String detail) {
		boolean known = this.jdbc
			.sql("select count(*) from recognition where user_id = :u and kind = :k and subject = :s")
			.param("u", userId)
			.param("k", kind)
			.param("s", subject)
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		insert(userId, kind, subject, on, detail, null, null);
		return true;
	}

	/** The wall of a team (null: the default for the user), 404 for a team not theirs. */
	@Transactional(readOnly = true)
	public Wall wall(UserPrincipal user, Long teamId) {
		List<TeamDirectory.TeamSummary> teams = wallTeams(user);
		boolean company = seesCompany(user);
		Long shown = teamId;
		if (shown == null && !company) {
			Long own = this.directory.findMember(user.id()).map(TeamDirectory.Member::teamId).orElse(null);
			shown = teams.stream()
				.map(TeamDirectory.TeamSummary::id)
				.filter((id) -> id.equals(own))
				.findFirst()
				.orElse(teams.isEmpty() ? null : teams.get(0).id());
			if (shown == null) {
				return new Wall(null, teams, List.of());
			}
		}
		Long team = shown;
		if (team != null && teams.stream().noneMatch((candidate) -> candidate.id() == team)) {
			throw new NotFoundException("team", team);
		}
		String where = (team != null) ? " and u.team_id = :team" : "";
		var query = this.jdbc.sql(SELECT + where + ORDER).param("since", since());
		if (team != null) {
			query = query.param("team", team);
		}
		return new Wall(team, teams, query.query(Recognitions::entry).list());
	}

	/** The user's own recognitions of the last {@link #WALL_DAYS} days, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> mine(UserPrincipal user) {
		return this.jdbc.sql(SELECT + " and r.user_id = :me" + ORDER)
			.param("since", since())
			.param("me", user.id())
			.query(Recognitions::entry)
			.list();
	}

	/**
	 * A manager of the person's team or a director praises them with a message, shown on
	 * the wall and told to them; others 403 (a manager praising outside their teams too).
	 * 422 on {@code username} for no active team member, on {@code message} for an empty
	 * or too long one.
	 */
	@Transactional
	public Entry praise(UserPrincipal user, String username, String message) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			throw new AccessDeniedException("praise is given by managers and directors");
		}
		TeamDirectory.Member praised = Optional.ofNullable(username)
			.flatMap((name) -> this.directory.findMemberByUsername(name.trim()))
			.filter((member) -> member.active() && member.teamId() != null && member.id() != user.id())
			.orElseThrow(() -> BusinessRuleException.onField("username", "motivation.recognition.error.username"));
		String text = (message != null) ? message.strip() : "";
		if (text.isEmpty() || text.length() > MESSAGE_MAX) {
			throw BusinessRuleException.onField("message", "motivation.recognition.error.message", MESSAGE_MAX);
		}
		if (!user.hasRole(Role.DIRECTOR) && !managedTeams(user).contains(praised.teamId())) {
			throw new AccessDeniedException("managers praise the people of the teams they manage");
		}
		String subject = UUID.randomUUID().toString();
		LocalDate today = LocalDate.now(this.clock);
		insert(praised.id(), PRAISE, subject, today, null, user.id(), text);
		this.events.publishEvent(new Notice(NOTICE_TYPE + ":" + subject, NOTICE_TYPE, praised.teamId(),
				List.of(praised.id()), "motivation.notice.praise", List.of(user.displayName(), text), "/recognition",
				this.clock.instant()));
		return new Entry(praised.username(), praised.displayName(), PRAISE, today, null, user.displayName(), text);
	}

	/**
	 * The people a user may praise: the members of the teams they manage (all for
	 * directors).
	 */
	@Transactional(readOnly = true)
	public List<TeamDirectory.Member> praisable(UserPrincipal user) {
		if (user.hasRole(Role.DIRECTOR)) {
			return this.directory.membersOf(activeTeams().stream().map(TeamDirectory.TeamSummary::id).toList());
		}
		if (user.hasRole(Role.MANAGER)) {
			return this.directory.membersOf(managedTeams(user));
		}
		return List.of();
	}

	/** Whether the user sees every team's wall and the company's. */
	public static boolean seesCompany(UserPrincipal user) {
		return user.hasAnyRole(Role.DIRECTOR, Role.ADMIN, Role.SUPPORT);
	}

	private List<TeamDirectory.TeamSummary> wallTeams(UserPrincipal user) {
		List<TeamDirectory.TeamSummary> all = activeTeams();
		if (seesCompany(user)) {
			return all;
		}
		Set<Long> mine = new LinkedHashSet<>(managedTeams(user));
		this.directory.findMember(user.id()).map(TeamDirectory.Member::teamId).ifPresent(mine::add);
		return all.stream().filter((team) -> mine.contains(team.id())).toList();
	}

	private Set<Long> managedTeams(UserPrincipal user) {
		Set<Long> teams = new LinkedHashSet<>();
		this.directory.teamsManagedBy(user.id()).forEach((team) -> teams.add(team.id()));
		return teams;
	}

	private List<TeamDirectory.TeamSummary> activeTeams() {
		return this.directory.allTeams().stream().filter(TeamDirectory.TeamSummary::active).toList();
	}

	private LocalDate since() {
		return LocalDate.now(this.clock).minusDays(WALL_DAYS);
	}

	private void insert(long userId, String kind, String subject, LocalDate on, String detail, Long praisedBy,
			String message) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("u", userId);
		values.put("k", kind);
		values.put("s", subject);
		values.put("d", on);
		values.put("detail", detail);
		values.put("by", praisedBy);
		values.put("m", message);
		values.put("at", java.sql.Timestamp.from(this.clock.instant()));
		this.jdbc.sql("""
				insert into recognition (user_id, kind, subject, earned_on, detail, praised_by, message, created_at)
				values (:u, :k, :s, :d, :detail, :by, :m, :at)
				""").params(values).update();
	}

	private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getString(5), rs.getString(6), rs.getString(7));
	}

	/** The entries' kinds in the order the page groups and counts them. */
	public static List<String> kinds() {
		return new ArrayList<>(List.of(Achievements.NEW_CUSTOMER, Achievements.MONTH_AT_STANDARD,
				Achievements.COMPLAINT_IN_TIME, Achievements.CONTEST_PRIZE, PRAISE));
	}

}
