package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designing and launching contests. A draft is checked field by field (422 naming the
 * field); a manager names only their own teams and their members (422 on the participants
 * otherwise); a launched contest's rules are frozen (409). Launching runs the fairness
 * check: an UNFAIR contest needs an override reason, kept with the contest and in the
 * audit trail.
 */
@Service
public class ContestEditing {

	static final long MAX_DAYS = 366;

	private final ContestRepository contests;

	private final ContestAccess access;

	private final Kpis kpis;

	private final PrincipalSource principals;

	private final FairnessCheck fairness;

	private final Clock clock;

	ContestEditing(ContestRepository contests, ContestAccess access, Kpis kpis, PrincipalSource principals,
			FairnessCheck fairness, Clock clock) {
		this.contests = contests;
		this.access = access;
		this.kpis = kpis;
		this.principals = principals;
		this.fairness = fairness;
		this.clock = clock;
	}

	@Transactional
	public Contest create(UserPrincipal user, ContestDraft draft) {
		this.access.requireDesigner(user);
		Contest contest = new Contest(user.id());
		apply(user, contest, draft, false);
		return this.contests.save(contest);
	}

	@Transactional
	public Contest update(UserPrincipal user, long id, ContestDraft draft) {
		Contest contest = this.access.editable(user, find(id));
		if (contest.status(today()).frozen()) {
			throw new ContestFrozenException(id);
		}
		apply(user, contest, draft, true);
		return contest;
	}

	@Transactional
	public Contest start(UserPrincipal user, long id, String overrideReason) {
		Contest contest = this.access.editable(user, find(id));
		if (contest.status(today()).frozen()) {
			throw new ContestFrozenException(id);
		}
		String reason = (overrideReason != null && !overrideReason.isBlank()) ? overrideReason.trim() : null;
		if (!this.fairness.check(contest).verdict().fair() && reason == null) {
			throw BusinessRuleException.onField("overrideReason", "motivation.error.unfair");
		}
		contest.launch(this.clock.instant(), reason);
		return contest;
	}

	@Transactional(readOnly = true)
	public Contest find(long id) {
		return this.access.find(id);
	}

	/** The contest if the user sees it, else 404. */
	@Transactional(readOnly = true)
	public Contest visible(UserPrincipal user, long id) {
		return this.access.visible(user, id);
	}

	/** The contests the user sees, newest window first. */
	@Transactional(readOnly = true)
	public List<Contest> list(UserPrincipal user) {
		return this.contests.findAllByOrderByFirstDayDesc().stream().filter((c) -> this.access.sees(user, c)).toList();
	}

	/** Whether the user may change, check and launch the contest. */
	public boolean mayEdit(UserPrincipal user, Contest contest) {
		return ContestAccess.seesAll(user) || contest.getOwnerId() == user.id();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void apply(UserPrincipal user, Contest contest, ContestDraft draft, boolean change) {
		validateRules(draft);
		Set<Long> teams = new LinkedHashSet<>(draft.participantsOrEmpty().teamIdsOrEmpty());
		Set<String> reps = new LinkedHashSet<>(draft.participantsOrEmpty().usernamesOrEmpty());
		Set<String> support = new LinkedHashSet<>(draft.participantsOrEmpty().supportOrEmpty());
		validateParticipants(user, teams, reps, support);
		validateCommittee(draft.committeeOrEmpty());
		// the teams' reps as they are now: the participants are frozen with the rules
		reps.addAll(this.access.memberNames(teams));
		contest.apply(draft, teams, reps, support, change);
	}

	private void validateRules(ContestDraft draft) {
		require(draft.name() != null && !draft.name().isBlank() && draft.name().length() <= 200, "name");
		require(draft.kpiCode() != null
				&& this.kpis.find(draft.kpiCode().toUpperCase(java.util.Locale.ROOT)).isPresent(), "kpiCode");
		require(draft.from() != null, "from");
		require(draft.to() != null && !draft.to().isBefore(draft.from())
				&& ChronoUnit.DAYS.between(draft.from(), draft.to()) < MAX_DAYS, "to");
		require(draft.graceDays() == null || (draft.graceDays() >= 0 && draft.graceDays() <= 30), "graceDays");
		require(enumValue(Scoring.class, draft.scoring()), "scoring");
		require(enumValue(PrizeMode.class, draft.prizeMode()), "prizeMode");
		PrizeMode mode = PrizeMode.valueOf(draft.prizeMode());
		require(mode != PrizeMode.TOP_N || (draft.topN() != null && draft.topN() >= 1), "topN");
		require(mode != PrizeMode.THRESHOLD || draft.threshold() != null, "threshold");
		require(mode != PrizeMode.TIERS || !draft.tiersOrEmpty().levels().isEmpty(), "tiers");
		require(notNegative(draft.prizeCost()), "prizeCost");
		require(notNegative(draft.budget()), "budget");
		require(draft.assistShare() == null
				|| (notNegative(draft.assistShare()) && draft.assistShare().compareTo(BigDecimal.ONE) <= 0),
				"assistShare");
		ContestFilters.parse(draft.filters(), draft.kpiCode().toUpperCase(java.util.Locale.ROOT));
		require(draft.rulesText() == null || draft.rulesText().length() <= 4000, "rulesText");
	}

	private void validateParticipants(UserPrincipal user, Set<Long> teams, Set<String> reps, Set<String> support) {
		require(!teams.isEmpty() || !reps.isEmpty(), "participants");
		boolean all = ContestAccess.seesAll(user);
		Set<Long> managed = all ? Set.of() : this.access.managedTeams(user);
		if (!all) {
			require(managed.containsAll(teams), "participants.teamIds");
		}
		Set<String> members = this.access.memberNames(all ? null : managed);
		for (String rep : reps) {
			require(this.principals.findActive(rep).isPresent() && (all || members.contains(rep)),
					"participants.usernames");
		}
		for (String person : support) {
			require(this.principals.findActive(person).map((p) -> p.hasRole(Role.SUPPORT)).orElse(false),
					"participants.support");
		}
		if (all) {
			require(this.access.teamsExist(teams), "participants.teamIds");
		}
	}

	private void validateCommittee(List<String> committee) {
		require(committee.isEmpty() || new LinkedHashSet<>(committee).size() >= 2, "committee");
		committee.forEach((member) -> require(this.principals.findActive(member).isPresent(), "committee"));
	}

	private static boolean notNegative(BigDecimal value) {
		return value == null || value.signum() >= 0;
	}

	private static <E extends Enum<E>> boolean enumValue(Class<E> type, String value) {
		if (value == null) {
			return false;
		}
		try {
			Enum.valueOf(type, value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void require(boolean ok, String field) {
		if (!ok) {
			throw BusinessRuleException.onField(field, "motivation.error." + field);
		}
	}

}
