package org.salesteam.safety;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which record a path variable names — read from the path segment before it — and who may
 * see a record of a given owner. The expectations are written from the product's rules,
 * independently of the application's code: a sales record (customer, contact,
 * opportunity, order, visit, activity, rep goal) is seen by its owning rep, the manager
 * of the rep's team, the director and the admin; a personal record (API token, import
 * job) only by the user who made it (import jobs also by the admin).
 */
final class OwnedRecords {

	/** Owner → the users who see the owner's sales records. */
	private static final Map<String, Set<String>> TEAM_VIEWERS = Map.of("rep1",
			Set.of("rep1", "manager1", "director", "admin"), "rep6", Set.of("rep6", "manager2", "director", "admin"));

	/**
	 * Segments whose variable is not a record with an owner (probed by AccessProbeTests).
	 */
	private static final Set<String> UNOWNED = Set.of("products", "templates", "upload", "opportunity-stages", "admin",
			"users", "teams", "territories", "segments", "visit-calendar", "kpis", "qualification-criteria",
			// a role's scorecard template: not a record of anyone's
			"scorecard-templates",
			// records of the modules of this round whose demo data has no sample for each
			// probe owner: covered record by record by their own tests — exit interviews
			// and service requests (RetentionApiTests, ServiceApiTests: another rep's →
			// 404,
			// support staff only their accounts), a user's notifications
			// (NotificationApiTests: another user's → 404), a portfolio
			// (PortfolioApiTests:
			// another manager's → 404); channels and a team's requirements are admin's
			// and
			// manager's settings (NotificationApiTests, NotifyRobotTests)
			"exit-interviews", "service-requests", "notifications", "portfolios", "notification-channels",
			"notification-requirements",
			// a manager's own weekly plan: covered record by record by
			// ManagerWeekApiTests
			"manager-weeks",
			// satisfaction surveys (ADR 0034): a survey by id only closes its follow-up
			// (SurveyTests: another rep's → 404); the public link's token names no record
			// anyone owns and shows only the question
			"surveys", "survey");

	/** A kind of owned record: how to find one of an owner, and who sees it. */
	record Kind(String segment, String sql, boolean personal, boolean adminSeesPersonal) {

		Set<String> viewers(String owner) {
			if (!this.personal) {
				return TEAM_VIEWERS.get(owner);
			}
			return this.adminSeesPersonal ? Set.of(owner, "admin") : Set.of(owner);
		}

		/**
		 * The id and a text that identifies the record in a response, if the owner has
		 * one.
		 */
		Optional<Sample> sample(JdbcClient jdbc, String owner) {
			return jdbc.sql(this.sql).param("owner", owner).query(Sample.class).optional();
		}

	}

	/**
	 * A record: the value that names it in a path (its id, or for a rep's weekly plan the
	 * rep's user name) and a text that must not appear in a refused response.
	 */
	record Sample(String id, String label) {
	}

	static final List<Kind> KINDS = List.of(new Kind("customers", """
			select c.id, c.name as label from customer c join app_user u on u.id = c.owner_id
			where u.username = :owner order by c.id fetch first 1 rows only""", false, false), new Kind("contacts", """
			select k.id, k.name as label from contact k join customer c on c.id = k.customer_id
			join app_user u on u.id = c.owner_id where u.username = :owner order by k.id fetch first 1 rows only""",
			false, false), new Kind("opportunities", """
					select o.id, o.name as label from opportunity o join app_user u on u.id = o.owner_id
					where u.username = :owner order by o.id fetch first 1 rows only""", false, false),
			new Kind("orders", """
					select o.id, o.order_number as label from sales_order o join app_user u on u.id = o.owner_id
					where u.username = :owner order by o.id fetch first 1 rows only""", false, false),
			new Kind("imports", """
					select j.id, j.file_name as label from import_job j join app_user u on u.id = j.requested_by
					where u.username = :owner order by j.id fetch first 1 rows only""", true, true),
			new Kind("tokens", """
					select t.id, t.token_hash as label from api_token t join app_user u on u.id = t.user_id
					where u.username = :owner and t.revoked_at is null order by t.id fetch first 1 rows only""", true,
					false),
			new Kind("visits", """
					select v.id, v.objective as label from visit v join app_user u on u.id = v.rep_id
					where u.username = :owner order by v.id fetch first 1 rows only""", false, false),
			new Kind("activities", """
					select a.id, a.outcome as label from activity_log a join app_user u on u.id = a.owner_id
					where u.username = :owner and a.outcome is not null order by a.id fetch first 1 rows only""", false,
					false),
			new Kind("goals", """
					select g.id, g.scope as label from goal g join app_user u on u.id = g.owner_id
					where u.username = :owner and g.scope = 'rep:' || u.username order by g.id
					fetch first 1 rows only""", false, false),
			new Kind("visit-plans", """
					select u.username as id, u.display_name as label from app_user u where u.username = :owner""",
					false, false),
			// a rep's scorecard (issue 15), named by the rep's user name
			new Kind("scorecards", """
					select u.username as id, u.display_name as label from app_user u where u.username = :owner""",
					false, false));

	private OwnedRecords() {
	}

	/**
	 * The kind of record the path's first variable names; empty when the variable is not
	 * an owned record, and an exception for a segment nobody has classified yet — so that
	 * a new endpoint cannot escape the probe unnoticed.
	 */
	static Optional<Kind> kindOf(String path) {
		String[] segments = path.split("/");
		for (int i = 1; i < segments.length; i++) {
			if (segments[i].startsWith("{")) {
				String segment = segments[i - 1];
				if (path.startsWith("/admin") || UNOWNED.contains(segment)) {
					return Optional.empty();
				}
				return Optional.of(KINDS.stream()
					.filter((kind) -> kind.segment().equals(segment))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"unclassified path variable in " + path + ": add it to OwnedRecords")));
			}
		}
		return Optional.empty();
	}

	/**
	 * The path with the first variable replaced by the record's value, an ISO week by
	 * this week and any others filled as usual.
	 */
	static String fill(String path, String value) {
		LocalDate today = LocalDate.now();
		String week = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR),
				today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		return new Endpoint(null, path.replaceFirst("\\{[^}]+}", value).replace("{isoWeek}", week)).concretePath();
	}

}
