package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual review meetings with key customers (年度评估会议, ADR 0047): whoever sees a key
 * account — its owner, the owner's manager, the director, the admin; not support staff
 * (403) — plans one or two a year, records the meeting and its actions, or cancels it; a
 * review of a customer the user does not see is a 404. The year's view lists every
 * visible key account with its reviews and compliance: HELD (at least one held), OVERDUE
 * (a planned day has passed), PLANNED, or NONE (nothing planned).
 */
@Service
public class AccountReviews {

	static final int MAX_PER_YEAR = 2;

	private static final int MAX_TEXT = 2000;

	/** A key account's line in the year's view. */
	public record YearRow(long customerId, String customerCode, String customerName, String ownerName,
			List<ReviewLine> reviews, String compliance) {
	}

	/** One review in the year's view. */
	public record ReviewLine(long id, LocalDate plannedOn, String status, LocalDate heldOn, boolean overdue) {
	}

	/** An action as shown: with its owner's name and whether it is late. */
	public record ActionLine(int position, String description, String ownerUsername, String ownerName, LocalDate dueOn,
			LocalDate doneOn, boolean late) {
	}

	/** A review with its customer, actions and pack. */
	public record Detail(long id, long customerId, String customerName, int year, LocalDate plannedOn, String status,
			boolean overdue, LocalDate heldOn, List<AccountReviewPoint> points, String attendees, String feedback,
			Integer satisfaction, String newNeeds, boolean referralAsked, String referralReceived, String minutes,
			List<ActionLine> actions, AccountReviewPack.Pack pack) {
	}

	private final AccountReviewRepository reviews;

	private final RetentionAccess access;

	private final AccountReviewPack packs;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountReviews(AccountReviewRepository reviews, RetentionAccess access, AccountReviewPack packs, JdbcClient jdbc,
			Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.packs = packs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Plans a review of a visible key account on {@code plannedOn}. */
	@Transactional
	public long plan(UserPrincipal user, Long customerId, LocalDate plannedOn) {
		requireWriter(user);
		this.access.requireReadableKeyAccount(user, customerId, "retention.error.notKeyAccount");
		if (plannedOn == null) {
			throw BusinessRuleException.onField("plannedOn", "retention.error.required");
		}
		requireRoomInYear(customerId, plannedOn.getYear(), null);
		return this.reviews.save(new AccountReview(customerId, plannedOn, user.id())).getId();
	}

	/** Moves a planned review to another day. */
	@Transactional
	public void reschedule(UserPrincipal user, long id, LocalDate plannedOn) {
		AccountReview review = writable(user, id);
		if (plannedOn == null) {
			throw BusinessRuleException.onField("plannedOn", "retention.error.required");
		}
		if (!AccountReview.PLANNED.equals(review.getStatus())) {
			throw BusinessRuleException.onField("plannedOn", "retention.error.reviewNotPlanned");
		}
		requireRoomInYear(review.getCustomerId(), plannedOn.getYear(), id);
		review.reschedule(plannedOn);
	}

	@Transactional
	public void cancel(UserPrincipal user, long id) {
		AccountReview review = writable(user, id);
		if (AccountReview.HELD.equals(review.getStatus())) {
			throw BusinessRuleException.onField("status", "retention.error.reviewHeld");
		}
		review.cancel();
	}

	/**
	 * Records the meeting as held (again, to correct it): a 422 names the first field in
	 * error — {@code heldOn} missing or after today, {@code satisfaction} outside 1–5, a
	 * text too long, {@code actions[i].description|owner|dueOn} missing, an owner who is
	 * no active user, a due date before the meeting.
	 */
	@Transactional
	public void hold(UserPrincipal user, long id, ReviewMinutes record) {
		AccountReview review = writable(user, id);
		if (AccountReview.CANCELLED.equals(review.getStatus())) {
			throw BusinessRuleException.onField("status", "retention.error.reviewCancelled");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (record.heldOn() == null) {
			throw BusinessRuleException.onField("heldOn", "retention.error.required");
		}
		if (record.heldOn().isAfter(today)) {
			throw BusinessRuleException.onField("heldOn", "retention.error.reviewInFuture");
		}
		if (record.satisfaction() != null && (record.satisfaction() < 1 || record.satisfaction() > 5)) {
			throw BusinessRuleException.onField("satisfaction", "retention.error.score", 1, 5);
		}
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("attendees", record.attendees());
		texts.put("feedback", record.feedback());
		texts.put("newNeeds", record.newNeeds());
		texts.put("referralReceived", record.referralReceived());
		texts.put("minutes", record.minutes());
		texts.forEach((field, text) -> {
			if (text != null && text.length() > ((field.equals("minutes")) ? 2 * MAX_TEXT : MAX_TEXT)) {
				throw BusinessRuleException.onField(field, "retention.error.tooLong", MAX_TEXT);
			}
		});
		review.hold(record, actions(record));
	}

	/** Marks an action done: its owner or whoever may change the review. */
	@Transactional
	public void actionDone(UserPrincipal user, long id, int position) {
		AccountReview review = readable(user, id);
		if (position < 0 || position >= review.getActions().size()) {
			throw new NotFoundException("retention.entity.reviewAction", position);
		}
		if (review.getActions().get(position).getOwnerId() != user.id()) {
			requireWriter(user);
		}
		review.actionDone(position, LocalDate.now(this.clock));
	}

	@Transactional(readOnly = true)
	public Detail detail(UserPrincipal user, long id) {
		AccountReview review = readable(user, id);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (review.getHeldOn() != null) ? review.getHeldOn() : review.getPlannedOn();
		String name = this.jdbc.sql("select name from customer where id = :c")
			.param("c", review.getCustomerId())
			.query(String.class)
			.single();
		List<ActionLine> actions = new ArrayList<>();
		List<ReviewAction> agreed = review.getActions();
		for (int position = 0; position < agreed.size(); position++) {
			ReviewAction action = agreed.get(position);
			String[] owner = this.jdbc.sql("select username, display_name from app_user where id = :u")
				.param("u", action.getOwnerId())
				.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
				.single();
			actions.add(new ActionLine(position, action.getDescription(), owner[0], owner[1], action.getDueOn(),
					action.getDoneOn(), action.getDoneOn() == null && action.getDueOn().isBefore(today)));
		}
		return new Detail(review.getId(), review.getCustomerId(), name, review.getReviewYear(), review.getPlannedOn(),
				review.getStatus(), review.isOverdue(today), review.getHeldOn(), List.copyOf(review.getPoints()),
				review.getAttendees(), review.getFeedback(), review.getSatisfaction(), review.getNewNeeds(),
				review.isReferralAsked(), review.getReferralReceived(), review.getMinutes(), actions,
				this.packs.of(review.getCustomerId(), day));
	}

	/** Every visible key account (of the scope) with its reviews of {@code year}. */
	@Transactional(readOnly = true)
	public List<YearRow> year(UserPrincipal user, int year, String scope) {
		Visibility.Where where = this.access.customers(user, scope);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, YearRow> rows = new LinkedHashMap<>();
		where.bind(this.jdbc.sql("""
				select c.id, c.code, c.name, u.display_name, r.id, r.planned_on, r.status, r.held_on
				from customer c left join app_user u on u.id = c.owner_id
				left join retention_account_review r on r.customer_id = c.id and r.review_year = :year
				  and r.status <> 'CANCELLED'
				where c.key_account = true and c.status <> 'LOST' and\s""" + where.sql()
				+ " order by c.code, c.id, r.planned_on, r.id"))
			.param("year", year)
			.query((rs, row) -> {
				long customerId = rs.getLong(1);
				YearRow line = rows.get(customerId);
				if (line == null) {
					line = new YearRow(customerId, rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>(),
							null);
					rows.put(customerId, line);
				}
				long review = rs.getLong(5);
				if (!rs.wasNull()) {
					LocalDate planned = rs.getObject(6, LocalDate.class);
					String status = rs.getString(7);
					line.reviews()
						.add(new ReviewLine(review, planned, status, rs.getObject(8, LocalDate.class),
								AccountReview.PLANNED.equals(status) && planned.isBefore(today)));
				}
				return review;
			})
			.list();
		return rows.values()
			.stream()
			.map((row) -> new YearRow(row.customerId(), row.customerCode(), row.customerName(), row.ownerName(),
					List.copyOf(row.reviews()), compliance(row.reviews())))
			.toList();
	}

	static String compliance(List<ReviewLine> reviews) {
		if (reviews.stream().anyMatch((review) -> AccountReview.HELD.equals(review.status()))) {
			return "HELD";
		}
		if (reviews.stream().anyMatch(ReviewLine::overdue)) {
			return "OVERDUE";
		}
		return reviews.isEmpty() ? "NONE" : "PLANNED";
	}

	private List<ReviewAction> actions(ReviewMinutes record) {
		List<ReviewAction> agreed = new ArrayList<>();
		for (int index = 0; index < record.actions().size(); index++) {
			ReviewMinutes.Action action = record.actions().get(index);
			String field = "actions[" + index + "].";
			if (action.description() == null || action.description().isBlank()) {
				throw BusinessRuleException.onField(field + "description", "retention.error.required");
			}
			if (action.description().length() > 500) {
				throw BusinessRuleException.onField(field + "description", "retention.error.tooLong", 500);
			}
			Long owner = (action.owner() == null) ? null
					: this.jdbc.sql("select id from app_user where username = :u and active = true")
						.param("u", action.owner().trim())
						.query(Long.class)
						.optional()
						.orElse(null);
			if (owner == null) {
				throw BusinessRuleException.onField(field + "owner", "retention.error.actionOwner");
			}
			if (action.dueOn() == null) {
				throw BusinessRuleException.onField(field + "dueOn", "retention.error.required");
			}
			if (action.dueOn().isBefore(record.heldOn())) {
				throw BusinessRuleException.onField(field + "dueOn", "retention.error.dueBeforeMeeting");
			}
			agreed.add(new ReviewAction(action.description().trim(), owner, action.dueOn()));
		}
		return agreed;
	}

	private void requireRoomInYear(long customerId, int year, Long except) {
		long planned = this.jdbc.sql("""
				select count(*) from retention_account_review
				where customer_id = :c and review_year = :year and status <> 'CANCELLED' and id <> :except
				""")
			.param("c", customerId)
			.param("year", year)
			.param("except", (except != null) ? except : -1L)
			.query(Long.class)
			.single();
		if (planned >= MAX_PER_YEAR) {
			throw BusinessRuleException.onField("plannedOn", "retention.error.reviewsPerYear", MAX_PER_YEAR);
		}
	}

	private AccountReview readable(UserPrincipal user, long id) {
		AccountReview review = this.reviews.findById(id)
			.orElseThrow(() -> new NotFoundException("retention.entity.accountReview", id));
		this.access.requireReadable(user, review.getCustomerId());
		return review;
	}

	private AccountReview writable(UserPrincipal user, long id) {
		AccountReview review = readable(user, id);
		requireWriter(user);
		return review;
	}

	static void requireWriter(UserPrincipal user) {
		if (user.hasRole(Role.SUPPORT) && user.roles().size() == 1) {
			throw new AccessDeniedException("support staff read the reviews");
		}
	}

}
