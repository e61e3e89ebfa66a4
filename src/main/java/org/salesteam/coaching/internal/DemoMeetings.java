package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo sales meetings, once: every team's manager held three meetings over the last two
 * months (new products, sharing a success, and problem solving on prospecting after the
 * diagnosis), all the team's reps attending; their actions are closed in time, late or
 * still open — one open action past its due day per team — so the closure rate is below
 * 100 % and worked out from the rows.
 */
@Component
@Order(99)
class DemoMeetings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

	private record Team(long id, long managerId) {
	}

	/**
	 * One demo meeting: days back, and its actions as (description, rep index, due days
	 * after, closed days after due or null).
	 */
	private record Script(int daysBack, String title, String purpose, String topic, String format, String agenda,
			String materials, String decisions, List<Object[]> actions) {
	}

	private static final List<Script> SCRIPTS = List.of(
			new Script(56, "新品介绍：环保大豆油墨画册", "NEW_PRODUCTS", "PRODUCTS", "PRESENTATION",
					"1. 新油墨的色彩与环保认证\n2. 与普通油墨的成本对比\n3. 哪些客户先推荐", "新品样册、环保认证复印件、报价表", "每人挑三家做画册的客户先送样册；报价按新价目表执行",
					List.of(new Object[] { "给三家画册客户送新样册", 0, 14, 0 }, new Object[] { "整理客户对环保油墨的反馈", 1, 21, 5 },
							new Object[] { "更新报价单模板", -1, 7, 0 })),
			new Script(28, "经验分享：如何拿下年度包装订单", "SHARING", "CLOSING", "SHARING_SUCCESSES",
					"1. 成功案例回顾（从需求到签约）\n2. 采购部门的顾虑和应对\n3. 大家的类似机会", "案例整理稿、合同要点", "类似机会都要先约采购经理；报价前先确认交期要求",
					List.of(new Object[] { "列出自己客户中类似的年度订单机会", 2, 10, -2 }, new Object[] { "约采购经理一起看样", 3, 14, null })),
			new Script(7, "问题研讨：开发新客户", "PROBLEM_SOLVING", "PROSPECTING", "GROUP_DISCUSSION",
					"1. 数据诊断：十二周里拜访的潜在客户\n2. 请老客户转介绍的话术\n3. 每人下月的开发计划", "各人潜在客户拜访统计、转介绍话术卡",
					"每人每月至少拜访两家新的潜在客户；每周例会通报进展",
					List.of(new Object[] { "每人交下月潜在客户拜访名单", 0, 5, 0 }, new Object[] { "演练转介绍话术", 1, 14, null })));

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SalesMeetingRepository meetings;

	private final java.time.Clock clock;

	private final boolean enabled;

	DemoMeetings(JdbcClient jdbc, TransactionTemplate transaction, SalesMeetingRepository meetings,
			java.time.Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.meetings = meetings;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.meetings.count() > 0) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> create());
	}

	private void create() {
		List<Team> teams = this.jdbc
			.sql("select t.id, t.manager_id from sales_team t where t.manager_id is not null order by t.id")
			.query(Team.class)
			.list();
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (Team team : teams) {
			List<Long> reps = this.jdbc.sql("""
					select u.id from app_user u where u.team_id = :team and u.active and u.username like 'rep%'
					order by length(u.username), u.username""").param("team", team.id()).query(Long.class).list();
			if (reps.isEmpty()) {
				continue;
			}
			for (Script script : SCRIPTS) {
				LocalDate held = today.minusDays(script.daysBack());
				List<MeetingAction> actions = new ArrayList<>();
				for (Object[] a : script.actions()) {
					int who = (Integer) a[1];
					long owner = (who < 0) ? team.managerId() : reps.get(who % reps.size());
					LocalDate due = held.plusDays((Integer) a[2]);
					LocalDate closed = (a[3] == null) ? null : due.plusDays((Integer) a[3]);
					actions.add(new MeetingAction((String) a[0], owner, due,
							(closed != null && closed.isAfter(today)) ? null : closed));
				}
				Set<Long> attendees = new LinkedHashSet<>(reps);
				this.meetings.save(new SalesMeeting(team.id(), team.managerId(), held, script.title(), script.purpose(),
						script.topic(), script.format(), script.agenda(), script.materials(), script.decisions(),
						attendees, actions));
				made++;
			}
		}
		log.info("Demo sales meetings: {}", made);
	}

}
