package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress-potential reviews: a manager or director who may see a rep writes one
 * ({@link EvaluationAccess#coach}); the quartile and score on it are the rep's row of the
 * scorecard for the reviewed period (default: the last closed year). The author (or a
 * director) shares it; the rep acknowledges a shared review with a comment. Who may see
 * the rep sees all their reviews; the rep sees only the shared ones — a draft, or another
 * person's review, is a 404 to them. A director calibrates the 9-box place with a reason
 * (audited with the review). Sharing tells the rep, acknowledging tells the author and
 * the rep's manager ({@link ReviewNotices}).
 */
@Service
public class PotentialReviews {

	static final String ENTITY = "entity.potentialReview";

	/** A review with the names it is shown with. */
	public record Shown(PotentialReview review, String username, String displayName, String authorName) {
	}

	private final PotentialReviewRepository reviews;

	private final EvaluationAccess access;

	private final Peers peers;

	private final ScorecardBoard boards;

	private final TeamDirectory directory;

	private final ReviewNotices notices;

	private final Clock clock;

	PotentialReviews(PotentialReviewRepository reviews, EvaluationAccess access, Peers peers, ScorecardBoard boards,
			TeamDirectory directory, ReviewNotices notices, Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.peers = peers;
		this.boards = boards;
		this.directory = directory;
		this.notices = notices;
		this.clock = clock;
	}

	@Transactional
	public Shown write(UserPrincipal user, String username, KpiPeriod period, PotentialReview.Form form,
			boolean share) {
		this.access.coach(user, username);
		Peers.Peer rep = this.peers.find(ScoredRole.REP, username)
			.orElseThrow(() -> new NotFoundException(EvaluationAccess.ENTITY, username));
		PotentialReview review = this.boards.of(ScoredRole.REP, period)
			.row(rep.username())
			.map((row) -> new PotentialReview(rep.id(), user.id(), period.from(), period.to(), row.scored().quartile(),
					row.scored().score(), form))
			.orElseThrow(() -> new NotFoundException(EvaluationAccess.ENTITY, username));
		if (share) {
			review.share(now());
		}
		Shown saved = shown(this.reviews.save(review));
		if (share) {
			this.notices.shared(saved);
		}
		return saved;
	}

	/**
	 * The rep's standing on the scorecard of the period, as a new review would show it
	 * (shown on the form, never typed); empty when the rep is not scored.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PeerScoring.Scored> standing(UserPrincipal user, String username, KpiPeriod period) {
		this.access.person(user, username);
		return this.boards.of(ScoredRole.REP, period).row(username).map(ScorecardBoard.Row::scored);
	}

	/** The reviews of a rep the user may see, newest period first. */
	@Transactional(readOnly = true)
	public List<Shown> of(UserPrincipal user, String username) {
		this.access.person(user, username);
		Peers.Peer rep = this.peers.find(ScoredRole.REP, username)
			.orElseThrow(() -> new NotFoundException(EvaluationAccess.ENTITY, username));
		boolean self = user.id() == rep.id();
		return this.reviews.findByRepIdOrderByPeriodToDescIdDesc(rep.id())
			.stream()
			.filter((review) -> !self || review.isShared())
			.map(this::shown)
			.toList();
	}

	@Transactional(readOnly = true)
	public Shown one(UserPrincipal user, long id) {
		return shown(visible(user, id));
	}

	@Transactional
	public Shown share(UserPrincipal user, long id) {
		PotentialReview review = visible(user, id);
		if (review.getAuthorId() != user.id() && !user.hasRole(org.salesteam.platform.Role.DIRECTOR)) {
			throw new AccessDeniedException("shared by its author or a director");
		}
		review.share(now());
		Shown shown = shown(review);
		this.notices.shared(shown);
		return shown;
	}

	/** The rep acknowledges their shared review (anyone else: 403). */
	@Transactional
	public Shown acknowledge(UserPrincipal user, long id, String comment) {
		PotentialReview review = visible(user, id);
		if (review.getRepId() != user.id()) {
			throw new AccessDeniedException("acknowledged by the rep reviewed");
		}
		review.acknowledge(comment, now());
		Shown shown = shown(review);
		this.notices.acknowledged(shown);
		return shown;
	}

	@Transactional
	public Shown calibrate(UserPrincipal user, long id, String performance, String potential, String reason) {
		PotentialReview review = visible(user, id);
		this.access.requireDirector(user);
		review.calibrate(PotentialReview.Level.parse("performance", performance),
				PotentialReview.Level.parse("potential", potential), reason, user.id());
		return shown(review);
	}

	/**
	 * The review, if the user may see it: its rep visible, and shared when the rep asks.
	 */
	private PotentialReview visible(UserPrincipal user, long id) {
		PotentialReview review = this.reviews.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		String username = this.directory.findMember(review.getRepId())
			.map(TeamDirectory.Member::username)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
		try {
			this.access.person(user, username);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(ENTITY, id);
		}
		if (review.getRepId() == user.id() && !review.isShared()) {
			throw new NotFoundException(ENTITY, id);
		}
		return review;
	}

	Shown shown(PotentialReview review) {
		List<TeamDirectory.Member> people = this.directory
			.findMembers(List.of(review.getRepId(), review.getAuthorId()));
		TeamDirectory.Member rep = people.stream().filter((m) -> m.id() == review.getRepId()).findFirst().orElseThrow();
		String author = people.stream()
			.filter((m) -> m.id() == review.getAuthorId())
			.map(TeamDirectory.Member::displayName)
			.findFirst()
			.orElse(null);
		return new Shown(review, rep.username(), rep.displayName(), author);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
