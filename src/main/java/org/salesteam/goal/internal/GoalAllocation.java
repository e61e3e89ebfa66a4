package org.salesteam.goal.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.customer.Customers;
import org.salesteam.goal.AllocationMethod;
import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Formats;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Splits a team goal among the team's active reps (see {@link AllocationMethod}) and
 * writes their goals of the same type and period: a rep's existing goal takes its part, a
 * rep without one gets a new one, and parts of reps no longer in the team are removed.
 * The parts are approved when the team goal is (the one allocating is the reps'
 * superior), drafts otherwise, approved with it later (see {@link GoalEditing#approve}).
 * A method gives money in whole rounding units ({@code salesteam.goals.rounding-unit},
 * default ¥100; see {@link AllocationMethod#split}). By hand, the parts must add up
 * exactly to the target.
 */
@Service
public class GoalAllocation {

	private static final KpiViewer GOALS = KpiViewer.system("goal allocation (the goal module decides who allocates)");

	/** A rep's part. */
	public record Part(String username, String displayName, BigDecimal amount) {
	}

	private final GoalAccess access;

	private final GoalRepository goals;

	private final TeamDirectory directory;

	private final Kpis kpis;

	private final Customers customers;

	private final Clock clock;

	private final BigDecimal roundingUnit;

	private final Formats formats;

	GoalAllocation(GoalAccess access, GoalRepository goals, TeamDirectory directory, Kpis kpis, Customers customers,
			Clock clock, Formats formats, @Value("${salesteam.goals.rounding-unit:100}") BigDecimal roundingUnit) {
		this.formats = formats;
		if (roundingUnit.signum() <= 0) {
			throw new IllegalArgumentException("salesteam.goals.rounding-unit must be positive");
		}
		this.roundingUnit = roundingUnit;
		this.access = access;
		this.goals = goals;
		this.directory = directory;
		this.kpis = kpis;
		this.customers = customers;
		this.clock = clock;
	}

	/** The parts a method gives, without writing anything (a preview). */
	@Transactional(readOnly = true)
	public List<Part> propose(UserPrincipal user, long goalId, AllocationMethod method,
			Map<String, BigDecimal> manual) {
		return parts(allocatable(user, goalId), method, manual);
	}

	@Transactional
	public List<Part> allocate(UserPrincipal user, long goalId, AllocationMethod method,
			Map<String, BigDecimal> manual) {
		Goal team = allocatable(user, goalId);
		List<Part> parts = parts(team, method, manual);
		writeParts(team, method, parts, user.id());
		return parts;
	}

	/** Writes the parts as the reps' goals; for callers that computed them already. */
	@Transactional
	public void writeParts(Goal team, AllocationMethod method, List<Part> parts, Long by) {
		Map<String, Goal> existing = new LinkedHashMap<>();
		this.goals.findByParentId(team.getId()).forEach((goal) -> existing.put(goal.getScope(), goal));
		boolean approved = team.getStatus() == GoalStatus.APPROVED;
		List<Goal> changed = new ArrayList<>();
		for (Part part : parts) {
			String scope = KpiScope.rep(part.username()).format();
			Goal goal = existing.remove(scope);
			if (goal == null) {
				goal = this.goals
					.findByTypeAndScopeAndPeriodFromAndPeriodTo(team.getType(), scope, team.getPeriod().from(),
							team.getPeriod().to())
					.stream()
					.findFirst()
					.orElseGet(() -> new Goal(team.getType(), scope, ownerId(part.username()), null, team.getPeriod()));
			}
			goal.allocate(team.getId(), method.name(), part.amount(), approved, by, this.clock.instant());
			changed.add(goal);
		}
		this.goals.deleteAll(existing.values());
		this.goals.saveAll(changed);
	}

	private Goal allocatable(UserPrincipal user, long goalId) {
		Goal goal = this.access.goal(user, goalId);
		if (goal.getTeamId() == null || !goal.getType().allocatable()) {
			throw new BusinessRuleException("goal.error.notAllocatable");
		}
		if (!this.access.mayAllocate(user, goal)) {
			throw new AccessDeniedException("not the team's manager");
		}
		return goal;
	}

	List<Part> parts(Goal team, AllocationMethod method, Map<String, BigDecimal> manual) {
		if (method == null) {
			throw BusinessRuleException.onField("method", "goal.error.required");
		}
		List<TeamDirectory.Member> reps = this.directory.membersOf(team.getTeamId());
		if (reps.isEmpty()) {
			throw new BusinessRuleException("goal.error.noReps");
		}
		int scale = team.getType().unit().scale();
		BigDecimal unit = roundingUnit(team);
		List<BigDecimal> amounts = switch (method) {
			case MANUAL -> manual(team, reps, manual, scale);
			case EQUAL ->
				AllocationMethod.split(team.getTarget(), reps.stream().map((rep) -> BigDecimal.ONE).toList(), unit);
			case LAST_YEAR_SHARE -> AllocationMethod.split(team.getTarget(), lastYearSales(team, reps), unit);
			case POTENTIAL -> {
				Map<Long, BigDecimal> potential = this.customers
					.potentialByOwner(reps.stream().map(TeamDirectory.Member::id).toList());
				yield AllocationMethod.split(team.getTarget(),
						reps.stream().map((rep) -> potential.getOrDefault(rep.id(), BigDecimal.ZERO)).toList(), unit);
			}
		};
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < reps.size(); i++) {
			parts.add(new Part(reps.get(i).username(), reps.get(i).displayName(), amounts.get(i)));
		}
		return parts;
	}

	/**
	 * The amount money parts are whole multiples of
	 * ({@code salesteam.goals.rounding-unit}).
	 */
	public BigDecimal roundingUnit() {
		return this.roundingUnit;
	}

	/**
	 * Money is split in whole rounding units (¥100 unless configured), counts in ones.
	 */
	private BigDecimal roundingUnit(Goal team) {
		return (team.getType().unit() == GoalType.Unit.MONEY) ? this.roundingUnit : BigDecimal.ONE;
	}

	/** Each rep's SALES in the same period last year. */
	public List<BigDecimal> lastYearSales(Goal team, List<TeamDirectory.Member> reps) {
		KpiPeriod lastYear = new KpiPeriod(team.getPeriod().from(), team.getPeriod().to()).lastYear();
		return reps.stream()
			.map((rep) -> this.kpis.compute(GOALS, KpiScope.rep(rep.username()), lastYear, Kpis.Codes.SALES)
				.numerator())
			.map((sales) -> (sales != null) ? sales : BigDecimal.ZERO)
			.toList();
	}

	private List<BigDecimal> manual(Goal team, List<TeamDirectory.Member> reps, Map<String, BigDecimal> given,
			int scale) {
		Map<String, BigDecimal> parts = (given != null) ? given : Map.of();
		for (String username : parts.keySet()) {
			if (reps.stream().noneMatch((rep) -> rep.username().equals(username))) {
				throw BusinessRuleException.onField("parts", "goal.error.notInTeam", username);
			}
		}
		List<BigDecimal> amounts = new ArrayList<>();
		for (TeamDirectory.Member rep : reps) {
			BigDecimal amount = parts.getOrDefault(rep.username(), BigDecimal.ZERO);
			if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > scale) {
				throw BusinessRuleException.onField("parts", "goal.error.badPart", rep.username());
			}
			amounts.add(amount.setScale(scale));
		}
		BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		int mismatch = sum.compareTo(team.getTarget());
		if (mismatch != 0) {
			throw BusinessRuleException.onField("parts",
					(mismatch > 0) ? "goal.error.partsOver" : "goal.error.partsUnder", shown(team, sum),
					shown(team, team.getTarget()), shown(team, sum.subtract(team.getTarget()).abs()));
		}
		return amounts;
	}

	/** An amount as the user reads it: money with its currency, counts as numbers. */
	private String shown(Goal team, BigDecimal amount) {
		return (team.getType().unit() == GoalType.Unit.MONEY) ? this.formats.money(amount)
				: this.formats.number(amount);
	}

	private Long ownerId(String username) {
		return this.directory.findMemberByUsername(username).map(TeamDirectory.Member::id).orElse(null);
	}

}
