package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.salesteam.coaching.CoachingStep;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a coaching session on a visit and recording its steps in order. Rights: the
 * rep's manager or a director starts it (403); the coach and the rep record the steps,
 * the observation only the coach (403); a session the user does not see is 404.
 */
@Service
public class CoachingSessions {

	private final CoachingSessionRepository sessions;

	private final CoachingAccess access;

	private final CoachedVisits visits;

	private final LargeDeals largeDeals;

	private final TeamDirectory directory;

	private final Clock clock;

	CoachingSessions(CoachingSessionRepository sessions, CoachingAccess access, CoachedVisits visits,
			LargeDeals largeDeals, TeamDirectory directory, Clock clock) {
		this.sessions = sessions;
		this.access = access;
		this.visits = visits;
		this.largeDeals = largeDeals;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * A new session at step OBJECTIVE on one of the rep's visits that is not cancelled
	 * and not coached yet (422 on {@code repUsername} or {@code visitId} otherwise). A
	 * visit whose opportunity is above the large-deal threshold makes it a large deal.
	 */
	@Transactional
	public CoachingSession start(UserPrincipal user, String repUsername, Long visitId) {
		if (repUsername == null || repUsername.isBlank()) {
			throw BusinessRuleException.onField("repUsername", "coaching.validation.required");
		}
		TeamDirectory.Member rep = this.directory.findMemberByUsername(repUsername.trim())
			.orElseThrow(() -> BusinessRuleException.onField("repUsername", "coaching.error.unknownRep", repUsername));
		this.access.requireCoach(user, rep.id());
		if (visitId == null) {
			throw BusinessRuleException.onField("visitId", "coaching.validation.required");
		}
		CoachedVisits.CoachedVisit visit = this.visits.find(visitId)
			.filter((found) -> found.repId() == rep.id())
			.orElseThrow(() -> BusinessRuleException.onField("visitId", "coaching.error.visitNotOfRep", visitId));
		if ("CANCELLED".equals(visit.status())) {
			throw BusinessRuleException.onField("visitId", "coaching.error.visitCancelled");
		}
		if (this.sessions.existsByVisitId(visitId)) {
			throw BusinessRuleException.onField("visitId", "coaching.error.alreadyCoached");
		}
		BigDecimal threshold = (visit.amount() != null) ? this.largeDeals.threshold().orElse(null) : null;
		return this.sessions.save(new CoachingSession(user.id(), rep.id(), visit.id(), visit.opportunityId(),
				LargeDeals.isLarge(visit.amount(), threshold), threshold));
	}

	/**
	 * {@link #start} on a visit chosen from the coaching page: the rep is the visit's
	 * (422 on {@code visitId} for an unknown visit).
	 */
	@Transactional
	public CoachingSession startOn(UserPrincipal user, Long visitId) {
		if (visitId == null) {
			throw BusinessRuleException.onField("visitId", "coaching.validation.required");
		}
		String rep = this.visits.find(visitId)
			.flatMap((visit) -> this.directory.findMember(visit.repId()))
			.map(TeamDirectory.Member::username)
			.orElseThrow(() -> BusinessRuleException.onField("visitId", "coaching.error.visitNotOfRep", visitId));
		return start(user, rep, visitId);
	}

	/** Records one step (its name as in the path, any case); the session afterwards. */
	@Transactional
	public CoachingSession record(UserPrincipal user, long id, String stepName, StepFields fields) {
		CoachingSession session = this.access.session(user, id);
		CoachingStep step = step(stepName);
		this.access.requireParty(user, session, step == CoachingStep.OBSERVE);
		StepFields given = (fields != null) ? fields : StepFields.none();
		switch (step) {
			case OBJECTIVE -> session.objective(given);
			case PLAN -> session.plan(given, visitTime(session), LocalDateTime.now(this.clock), this.clock.instant());
			case OBSERVE -> session.observe(given);
			case DEBRIEF -> session.debrief(given);
			case REVIEW -> session.review(given, LocalDate.now(this.clock));
			default -> throw BusinessRuleException.onField("step", "coaching.error.unknownStep", stepName);
		}
		return this.sessions.save(session);
	}

	private LocalDateTime visitTime(CoachingSession session) {
		return this.visits.find(session.getVisitId())
			.map(CoachedVisits.CoachedVisit::plannedAt)
			.orElseThrow(() -> new IllegalStateException("visit of session " + session.getId()));
	}

	private static CoachingStep step(String name) {
		try {
			return CoachingStep.valueOf((name == null) ? "" : name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("step", "coaching.error.unknownStep", name);
		}
	}

}
