package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salesteam.performance.KpiPeriod;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's potential reviews and development plans, written by each rep's manager on
 * last year's scorecard and following from the flags: 刘洋 (rep3, the "Joe Martin": volume
 * over margin, no new business) is not a promotion candidate until margin and prospecting
 * improve, and his plan works on exactly those — shared, awaiting his acknowledgement,
 * its 30-day follow-up due; Arlene (rep7, long-term value) is a candidate for key-account
 * manager in six months, her review acknowledged. rep1 and rep6 get a shared review and a
 * plan too (the record probes try them). Once, while no review exists.
 */
@Component
@Order(98)
class DemoDevelopment implements ApplicationRunner {

	private record Item(String owner, String goal, String action, String kpi, String skill, int dueInDays,
			boolean done) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ScorecardBoard boards;

	private final PotentialReviewRepository reviews;

	private final DevelopmentPlanRepository plans;

	private final DevelopmentPlanItemRepository items;

	private final Clock clock;

	private final boolean enabled;

	DemoDevelopment(JdbcClient jdbc, TransactionTemplate transaction, ScorecardBoard boards,
			PotentialReviewRepository reviews, DevelopmentPlanRepository plans, DevelopmentPlanItemRepository items,
			Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.boards = boards;
		this.reviews = reviews;
		this.plans = plans;
		this.items = items;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.reviews.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear() - 1;
		KpiPeriod period = new KpiPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		this.transaction.executeWithoutResult((status) -> {
			ScorecardBoard.Board board = this.boards.of(ScoredRole.REP, period);
			write(board, "rep3",
					new PotentialReview.Form(false, true, false, false, null, null, "先把毛利率提到公司中位数，每月至少开发 2 个新客户，再考虑升职。",
							"销量连续超额完成，老客户关系稳固，执行力强。", "毛利率在同岗位中垫底，几乎没有新客户和潜在客户拜访，小客户很少去。", today.minusDays(36)),
					false, "提高毛利、开发新客户",
					List.of(new Item("REP", "列出 20 家目标潜在客户", "从公海和行业名录里挑选，和经理一起过一遍", "NEW_CUSTOMERS", null, -10, true),
							new Item("REP", "毛利率提高到公司中位数", "报价前核算毛利，低于 15% 的订单先报经理", "MARGIN_RATE", null, 60, false),
							new Item("REP", "每周至少 2 次潜在客户拜访", "周计划里先排潜在客户，再排老客户", "PROSPECT_VISIT_SHARE", null, 25,
									false),
							new Item("MANAGER", "每两周陪访一次潜在客户", "陪访后当天复盘", null, "开发新客户", 45, false),
							new Item("COMPANY", "产品毛利和定价培训", "财务部讲解各产品毛利结构", null, "价值定价", 90, false)));
			write(board, "rep7",
					new PotentialReview.Form(
							true, true, false, true, "大客户经理", "SIX_MONTHS", "销量稳定达到目标的 105%，在团队会上分享客户维护做法。",
							"客户保持率、投诉处理和新客户开发都在前列，客户愿意长期合作。", "销量刚好完成目标，大订单的谈判经验还不够。", today.minusDays(40)),
					true, "向大客户经理发展",
					List.of(new Item("REP", "销量达到目标的 105%", "在 3 家保持多年的客户里推广新品", "SALES_VS_GOAL", null, 80, false),
							new Item("MANAGER", "让她在团队会上分享客户维护经验", "下次月会安排 20 分钟", null, "客户维护", -5, true),
							new Item("COMPANY", "大客户管理培训", "报名下季度的大客户管理课程", null, "大客户管理", 100, false)));
			for (String rep : List.of("rep1", "rep6")) {
				write(board, rep,
						new PotentialReview.Form(null, null, false, false, null, null, null, "客户关系扎实，拜访计划执行到位。",
								"新客户开发偏少。", today.minusDays(20)),
						false, "开发新客户",
						List.of(new Item("REP", "每月开发 1 个新客户", "每周一次潜在客户拜访", "NEW_CUSTOMERS", null, 40, false)));
			}
		});
	}

	private void write(ScorecardBoard.Board board, String username, PotentialReview.Form form, boolean acknowledged,
			String title, List<Item> planItems) {
		Optional<ScorecardBoard.Row> row = board.row(username);
		Long manager = this.jdbc.sql("""
				select t.manager_id from sales_team t join app_user u on u.team_id = t.id where u.username = :u""")
			.param("u", username)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (row.isEmpty() || manager == null) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		PotentialReview review = new PotentialReview(row.get().peer().id(), manager, board.period().from(),
				board.period().to(), row.get().scored().quartile(), row.get().scored().score(), form);
		review.share(Instant.now(this.clock));
		if (acknowledged) {
			review.acknowledge("谢谢经理，我会把计划落实到每周安排里。", Instant.now(this.clock));
		}
		review = this.reviews.save(review);
		DevelopmentPlan plan = this.plans
			.save(new DevelopmentPlan(row.get().peer().id(), manager, review.getId(), title, today.minusDays(35)));
		for (Item item : planItems) {
			DevelopmentPlanItem saved = new DevelopmentPlanItem(plan.getId(), new DevelopmentPlanItem.Form(item.owner(),
					item.goal(), item.action(), item.kpi(), item.skill(), today.plusDays(item.dueInDays())));
			if (item.done()) {
				saved.change(DevelopmentPlanItem.Status.DONE, today.plusDays(item.dueInDays()).minusDays(2));
			}
			this.items.save(saved);
		}
	}

}
