package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.salesteam.team.TeamDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three demo contests, once, while there are none: two of last quarter, finished — a
 * four-week contest on sales in brackets of similar potential with tiers, and a two-week
 * end-of-quarter push for the single top seller (the kind that moves sales in time) — and
 * one running now for every team with both support staff. Their figures are those of the
 * demo orders, computed on read.
 */
@Component
@Order(97)
class DemoContests implements ApplicationRunner {

	private final ContestRepository contests;

	private final TeamDirectory directory;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	DemoContests(ContestRepository contests, TeamDirectory directory, TransactionTemplate transaction, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.contests = contests;
		this.directory = directory;
		this.transaction = transaction;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			TeamDirectory.Member director = this.directory.findMemberByUsername("director").orElse(null);
			if (this.contests.count() > 0 || director == null) {
				return;
			}
			Set<Long> teams = new TreeSet<>();
			this.directory.allTeams()
				.stream()
				.filter(TeamDirectory.TeamSummary::active)
				.forEach((t) -> teams.add(t.id()));
			LocalDate today = LocalDate.now(this.clock);
			LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
			LocalDate lastQuarter = quarter.minusMonths(3);
			save(director.id(),
					draft("上季度分组冲刺赛", "新客户与老客户增量：同潜力分组比拼", lastQuarter.plusDays(14), lastQuarter.plusDays(41),
							"BRACKETED", "TIERS", null,
							new ContestDraft.Tiers(new BigDecimal("50000"), new BigDecimal("80000"),
									new BigDecimal("120000")),
							new BigDecimal("12000"), List.of()),
					teams, Set.of(), true);
			save(director.id(), draft("季末冲量赛", "季末最后两周冲销售额", quarter.minusDays(14), quarter.minusDays(1), "ABSOLUTE",
					"TOP_N", 1, null, new BigDecimal("20000"), List.of()), teams, Set.of(), true);
			save(director.id(),
					draft("年末服务与销售联动赛", "年底冲刺：销售与支持人员一起争取老客户复购", today.minusDays(10), today.plusDays(17), "BRACKETED",
							"TIERS", null,
							new ContestDraft.Tiers(new BigDecimal("40000"), new BigDecimal("70000"),
									new BigDecimal("100000")),
							new BigDecimal("15000"), List.of("director", "manager1")),
					teams, Set.of("support1", "support2"), true);
		});
	}

	private static ContestDraft draft(String name, String theme, LocalDate from, LocalDate to, String scoring,
			String prizeMode, Integer topN, ContestDraft.Tiers tiers, BigDecimal cost, List<String> committee) {
		return new ContestDraft(name, theme, "SALES", from, to, 3, scoring, prizeMode, topN, null, tiers, "奖金与荣誉证书",
				cost, cost, "按订单日期计入，取消订单扣除；结果在宽限期结束后公布。", new BigDecimal("0.2"), null, committee, Map.of());
	}

	private void save(long owner, ContestDraft draft, Set<Long> teams, Set<String> support, boolean launched) {
		Set<String> reps = new TreeSet<>();
		this.directory.membersOf(teams).forEach((member) -> reps.add(member.username()));
		Contest contest = new Contest(owner);
		contest.apply(draft, teams, reps, support, false);
		if (launched) {
			contest.launch(draft.from().minusDays(7).atStartOfDay(ZoneId.systemDefault()).toInstant(), null);
		}
		this.contests.save(contest);
	}

}
