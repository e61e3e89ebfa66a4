package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills self-test: a rep rates importance and ability of the items (one test per
 * day; a new day starts a new test, so repeated tests show the trend), the rep's manager
 * or a director rates the rep's ability on the latest test. Rights as
 * {@link CoachingAccess}: the rep and those who see the rep (404 for others); rating for
 * the rep or their coach only (403 for others who see the rep).
 */
@Service
public class SelfTests {

	static final String ENTITY = "coaching.entity.selfTest";

	/**
	 * One item as sent: the rep sends importance and ability, the manager managerAbility.
	 */
	public record Rating(String code, Integer importance, Integer ability, Integer managerAbility) {
	}

	/** A rep's test scored. */
	public record Result(String username, String name, LocalDate takenOn, LocalDate ratedOn, BigDecimal meanPriority,
			List<SelfTestScoring.ItemScore> items) {
	}

	/** One test of the trend. */
	public record Point(LocalDate takenOn, BigDecimal meanPriority, long trainingNeeds, long flagged) {
	}

	/**
	 * The team heatmap: {@code priorities[i][j]} is rep j's priority of item i (null when
	 * not rated), {@code means[i]} item i's mean over the reps who rated it.
	 */
	public record Heatmap(List<String> items, List<TeamDirectory.Member> reps, List<List<Integer>> priorities,
			List<BigDecimal> means) {
	}

	private final SelfTestRepository tests;

	private final CoachingAccess access;

	private final Clock clock;

	SelfTests(SelfTestRepository tests, CoachingAccess access, Clock clock) {
		this.tests = tests;
		this.access = access;
		this.clock = clock;
	}

	/** Records ratings: the rep's own, or the manager's of the rep; the latest result. */
	@Transactional
	public Result rate(UserPrincipal user, String username, List<Rating> items) {
		TeamDirectory.Member rep = this.access.person(user, username);
		boolean self = rep.id() == user.id();
		if (!self && !this.access.mayCoach(user, rep.id())) {
			throw new AccessDeniedException("not the rep or the rep's coach");
		}
		validate(items, self);
		LocalDate today = LocalDate.now(this.clock);
		SelfTest test = this.tests.findFirstByRepIdOrderByTakenOnDesc(rep.id())
			.filter((latest) -> !self || latest.getTakenOn().equals(today))
			.orElseGet(() -> new SelfTest(rep.id(), today));
		for (Rating item : items) {
			if (self) {
				test.rateByRep(item.code(), item.importance(), item.ability());
			}
			else {
				test.rateByManager(item.code(), item.managerAbility(), user.id(), today);
			}
		}
		return result(rep, this.tests.save(test));
	}

	private static void validate(List<Rating> items, boolean self) {
		if (items == null || items.isEmpty()) {
			throw BusinessRuleException.onField("items", "coaching.validation.required");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			Rating item = items.get(i);
			String at = "items[" + i + "]";
			if (item == null || item.code() == null || !SelfTestItems.CODES.contains(item.code())) {
				throw BusinessRuleException.onField(at + ".code", "coaching.selfTest.error.unknownItem",
						(item != null) ? item.code() : null);
			}
			if (!seen.add(item.code())) {
				throw BusinessRuleException.onField(at + ".code", "coaching.selfTest.error.duplicate", item.code());
			}
			if (self) {
				inRange(at + ".importance", item.code(), item.importance());
				inRange(at + ".ability", item.code(), item.ability());
			}
			else {
				inRange(at + ".managerAbility", item.code(), item.managerAbility());
			}
		}
	}

	private static void inRange(String field, String code, Integer value) {
		if (value == null || value < 1 || value > 3) {
			throw BusinessRuleException.onField(field, "coaching.selfTest.error.range", code, value);
		}
	}

	/** The rep's latest test, scored (404 without one). */
	@Transactional(readOnly = true)
	public Result latest(UserPrincipal user, String username) {
		return find(user, username).orElseThrow(() -> new NotFoundException(ENTITY, username));
	}

	/** The rep's latest test, scored, if any (404 for a rep the user does not see). */
	@Transactional(readOnly = true)
	public java.util.Optional<Result> find(UserPrincipal user, String username) {
		TeamDirectory.Member rep = this.access.person(user, username);
		return this.tests.findFirstByRepIdOrderByTakenOnDesc(rep.id()).map((test) -> result(rep, test));
	}

	/** The reps the user may coach (and rate). */
	public List<TeamDirectory.Member> coached(UserPrincipal user) {
		return this.access.coachable(user);
	}

	/** Whether the user may rate this rep's ability (the rep's manager or a director). */
	public boolean mayRate(UserPrincipal user, String username) {
		TeamDirectory.Member rep = this.access.person(user, username);
		return rep.id() != user.id() && this.access.mayCoach(user, rep.id());
	}

	/** Every test of the rep, oldest first: the trend. */
	@Transactional(readOnly = true)
	public List<Point> trend(UserPrincipal user, String username) {
		TeamDirectory.Member rep = this.access.person(user, username);
		return this.tests.findByRepIdInOrderByTakenOnAsc(List.of(rep.id())).stream().map((test) -> {
			List<SelfTestScoring.ItemScore> scores = scores(test);
			return new Point(test.getTakenOn(), SelfTestScoring.meanPriority(scores),
					scores.stream().filter(SelfTestScoring.ItemScore::trainingNeed).count(),
					scores.stream().filter(SelfTestScoring.ItemScore::flagged).count());
		}).toList();
	}

	/**
	 * The heatmap of the latest tests of the reps the user coaches (of one team when
	 * {@code teamId} is given); 403 for a user who coaches nobody.
	 */
	@Transactional(readOnly = true)
	public Heatmap heatmap(UserPrincipal user, Long teamId) {
		List<TeamDirectory.Member> coached = this.access.coachable(user);
		if (coached.isEmpty()) {
			throw new AccessDeniedException("coaches nobody");
		}
		List<TeamDirectory.Member> reps = coached.stream()
			.filter((rep) -> teamId == null || teamId.equals(rep.teamId()))
			.toList();
		List<Long> ids = reps.stream().map(TeamDirectory.Member::id).toList();
		Map<Long, SelfTest> latest = this.tests.findByRepIdInOrderByTakenOnAsc(ids.isEmpty() ? List.of(-1L) : ids)
			.stream()
			.collect(Collectors.toMap(SelfTest::getRepId, (test) -> test, (older, newer) -> newer));
		List<List<Integer>> priorities = new ArrayList<>();
		List<BigDecimal> means = new ArrayList<>();
		for (String code : SelfTestItems.CODES) {
			List<Integer> row = new ArrayList<>();
			List<SelfTestScoring.ItemScore> column = new ArrayList<>();
			for (TeamDirectory.Member rep : reps) {
				SelfTestScoring.ItemScore score = (latest.containsKey(rep.id())) ? scoreOf(latest.get(rep.id()), code)
						: SelfTestScoring.score(code, null, null, null);
				row.add(score.priority());
				column.add(score);
			}
			priorities.add(row);
			means.add(SelfTestScoring.meanPriority(column));
		}
		return new Heatmap(SelfTestItems.CODES, reps, priorities, means);
	}

	private static Result result(TeamDirectory.Member rep, SelfTest test) {
		List<SelfTestScoring.ItemScore> scores = scores(test);
		return new Result(rep.username(), rep.displayName(), test.getTakenOn(), test.getRatedOn(),
				SelfTestScoring.meanPriority(scores), scores);
	}

	/** Every item of the test in the items' order (unrated ones without a priority). */
	private static List<SelfTestScoring.ItemScore> scores(SelfTest test) {
		return SelfTestItems.CODES.stream().map((code) -> scoreOf(test, code)).toList();
	}

	private static SelfTestScoring.ItemScore scoreOf(SelfTest test, String code) {
		return test.getAnswers()
			.stream()
			.filter((answer) -> answer.getCode().equals(code))
			.findFirst()
			.map((a) -> SelfTestScoring.score(code, a.getImportance(), a.getAbility(), a.getManagerAbility()))
			.orElseGet(() -> SelfTestScoring.score(code, null, null, null));
	}

}
