package org.salesteam.retention.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys (衡量顾客满意度): a user who may read a customer sends a CSAT or NPS
 * survey as a link (at most one per contact — or per customer without a named contact —
 * in 90 days); the link works without signing in, takes one answer and expires after 14
 * days; it reveals nothing but the question. The token is 256 random bits; only its
 * SHA-256 hash is stored, so the table does not give links away. A detractor (NPS 0–6,
 * CSAT 1–2) opens a follow-up for the customer's owner due in two working days, and
 * counts in the customer's at-risk score for 90 days (ADR 0034). Surveys the application
 * creates ({@link AutomaticSurveys}) get their link here when their owner takes it (ADR
 * 0047).
 */
@Service
public class Surveys {

	/** A survey just sent: the link to pass on (path only, the host is the caller's). */
	public record Sent(long id, SurveyKind kind, String link, Instant expiresAt) {
	}

	/** What the public page may show: the kind, and whether it still takes an answer. */
	public record Question(SurveyKind kind, boolean open) {
	}

	/** A survey as the list shows it. */
	public record Row(long id, long customerId, String customerName, SurveyKind kind, Instant sentAt,
			Instant answeredAt, Integer score, boolean detractor, LocalDate followUpDue, LocalDate followUpDoneOn,
			SurveyOrigin origin, String contactName, Instant linkIssuedAt, Instant expiresAt, boolean waitingForLink) {

		Row(long id, long customerId, String customerName, SurveyKind kind, Instant sentAt, Instant answeredAt,
				Integer score, boolean detractor, LocalDate followUpDue, LocalDate followUpDoneOn, SurveyOrigin origin,
				String contactName, Instant linkIssuedAt, Instant expiresAt) {
			// created by the application and no link taken yet: the owner's to pass on
			this(id, customerId, customerName, kind, sentAt, answeredAt, score, detractor, followUpDue, followUpDoneOn,
					origin, contactName, linkIssuedAt, expiresAt, linkIssuedAt == null && answeredAt == null);
		}

	}

	static final int EXPIRY_DAYS = 14;

	static final int QUIET_DAYS = 90;

	static final int FOLLOW_UP_WORKING_DAYS = 2;

	private static final int MAX_COMMENT = 1000;

	private final SurveyRepository surveys;

	private final RetentionAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final ScoresFollowChanges scores;

	Surveys(SurveyRepository surveys, RetentionAccess access, JdbcClient jdbc, Clock clock,
			ScoresFollowChanges scores) {
		this.surveys = surveys;
		this.scores = scores;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Sent send(UserPrincipal user, long customerId, Long contactId, String kindText) {
		this.access.requireReadable(user, customerId);
		SurveyKind kind = kind(kindText);
		if (contactId != null && this.jdbc.sql("select count(*) from contact where id = :contact and customer_id = :c")
			.param("contact", contactId)
			.param("c", customerId)
			.query(Long.class)
			.single() == 0) {
			throw BusinessRuleException.onField("contactId", "retention.error.contact");
		}
		Instant now = this.clock.instant();
		if (surveyedRecently(customerId, contactId, now)) {
			throw BusinessRuleException.onField("contactId", "retention.error.surveyTooSoon", QUIET_DAYS);
		}
		String token = token();
		Survey survey = this.surveys.save(new Survey(customerId, contactId, kind, hash(token), user.id(), now,
				now.plus(Duration.ofDays(EXPIRY_DAYS))));
		return new Sent(survey.getId(), kind, "/survey/" + token, survey.getExpiresAt());
	}

	/**
	 * Whether the contact — or the customer, without a contact — was sent a survey (or
	 * the application created one) in the last 90 days.
	 */
	boolean surveyedRecently(long customerId, Long contactId, Instant now) {
		return this.jdbc
			.sql("select count(*) from retention_survey where customer_id = :c and sent_at > :since and "
					+ ((contactId != null) ? "contact_id = :contact" : "contact_id is null"))
			.param("c", customerId)
			.param("since", now.minus(Duration.ofDays(QUIET_DAYS)).atOffset(java.time.ZoneOffset.UTC))
			.param("contact", contactId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A new link for a survey not answered yet, valid 14 days from now: the way to the
	 * link of a survey the application created, or of one whose link was lost. Any
	 * earlier link of the survey stops working (only the new token's hash is kept). 404
	 * when the user may not read the customer; an answered survey is a 422 on {@code id}.
	 */
	@Transactional
	public Sent issueLink(UserPrincipal user, long surveyId) {
		Survey survey = this.surveys.findById(surveyId)
			.orElseThrow(() -> new NotFoundException("retention.entity.survey", surveyId));
		this.access.requireReadable(user, survey.getCustomerId());
		if (survey.getAnsweredAt() != null) {
			throw BusinessRuleException.onField("id", "retention.error.surveyAnswered");
		}
		String token = token();
		survey.issueLink(hash(token), this.clock.instant(), Duration.ofDays(EXPIRY_DAYS));
		this.surveys.flush();
		return new Sent(survey.getId(), survey.getKind(), "/survey/" + token, survey.getExpiresAt());
	}

	/** The question of a link; 404 for a token that names no survey. */
	@Transactional(readOnly = true)
	public Question question(String token) {
		Survey survey = find(token);
		return new Question(survey.getKind(), survey.isOpen(this.clock.instant()));
	}

	/**
	 * The answer through the link: false when the link no longer takes one (answered or
	 * expired); a score outside the kind's range is a 422 on {@code score}.
	 */
	@Transactional
	public boolean answer(String token, Integer score, String comment) {
		Survey survey = find(token);
		Instant now = this.clock.instant();
		if (!survey.isOpen(now)) {
			return false;
		}
		if (score == null || !survey.getKind().accepts(score)) {
			throw BusinessRuleException.onField("score", "retention.error.score", survey.getKind().min(),
					survey.getKind().max());
		}
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw BusinessRuleException.onField("comment", "retention.error.tooLong", MAX_COMMENT);
		}
		Long owner = this.jdbc.sql("select owner_id from customer where id = :c")
			.param("c", survey.getCustomerId())
			.query(Long.class)
			.optional()
			.orElse(null);
		survey.answer(score, comment, now, owner, WorkingDays.after(LocalDate.now(this.clock), FOLLOW_UP_WORKING_DAYS));
		if (survey.isDetractor()) {
			this.scores.changed(survey.getCustomerId());
		}
		return true;
	}

	/**
	 * Marks a detractor's follow-up done; 404 when the user may not read the customer.
	 */
	@Transactional
	public void followUpDone(UserPrincipal user, long surveyId) {
		Survey survey = this.surveys.findById(surveyId)
			.orElseThrow(() -> new NotFoundException("retention.entity.survey", surveyId));
		this.access.requireReadable(user, survey.getCustomerId());
		if (!survey.isDetractor()) {
			throw new BusinessRuleException("retention.error.noFollowUp");
		}
		survey.followUpDone(LocalDate.now(this.clock));
	}

	/** The latest surveys of the customers the user sees (one customer's when given). */
	@Transactional(readOnly = true)
	public List<Row> list(UserPrincipal user, Long customerId) {
		Visibility.Where where = (customerId != null) ? this.access.customer(user, customerId)
				: this.access.customers(user, null);
		return where.bind(this.jdbc.sql("""
				select s.id, s.customer_id, c.name, s.kind, s.sent_at, s.answered_at, s.score, s.detractor,
				  s.follow_up_due, s.follow_up_done_on, s.origin, k.name, s.link_issued_at, s.expires_at
				from retention_survey s join customer c on c.id = s.customer_id
				left join contact k on k.id = s.contact_id
				where\s""" + where.sql() + " order by s.sent_at desc, s.id desc fetch first 200 rows only"))
			.query((rs, row) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
					SurveyKind.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)),
					rs.getObject(7, Integer.class), rs.getBoolean(8), rs.getObject(9, LocalDate.class),
					rs.getObject(10, LocalDate.class), SurveyOrigin.valueOf(rs.getString(11)), rs.getString(12),
					instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14))))
			.list();
	}

	/** Open follow-ups of detractors assigned to the user. */
	long openFollowUps(UserPrincipal user) {
		return this.jdbc.sql("""
				select count(*) from retention_survey
				where follow_up_assignee = :me and detractor = true and follow_up_done_on is null
				""").param("me", user.id()).query(Long.class).single();
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private Survey find(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new NotFoundException("retention.entity.survey", "-");
		}
		return this.surveys.findByTokenHash(hash(token))
			.orElseThrow(() -> new NotFoundException("retention.entity.survey", "-"));
	}

	private static SurveyKind kind(String text) {
		try {
			return SurveyKind.valueOf((text != null) ? text.trim().toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("kind", "retention.error.surveyKind");
		}
	}

	private String token() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
