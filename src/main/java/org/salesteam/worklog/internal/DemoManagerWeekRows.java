package org.salesteam.worklog.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.salesteam.platform.IdBlocks;
import org.salesteam.worklog.ManagerWeek;
import org.salesteam.worklog.ManagerWeekPerspective;
import org.salesteam.worklog.SelfAssessmentItem;
import org.salesteam.worklog.SelfRating;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the managers' last eight weeks (goals, the five highest-return tasks from
 * three views, a review for the weeks that are over) and their self-assessments: every
 * quarter for two years for manager1, rising from mostly 普通/差 to mostly 良/优; twice a year
 * and about level for the others.
 */
class DemoManagerWeekRows {

	private static final String[] GOALS = { "华东一部本月回款完成 90%", "审阅每位销售代表的每周访问安排", "陪同新人拜访两家 A 类客户", "完成月度销售会议的议程",
			"跟进食品包装年度框架投标", "整理上月客户投诉并落实改进", "确定下季度重点客户名单", "与财务核对逾期帐款清单", "面试两名销售代表候选人", "更新区域销售预测" };

	private static final String[][] TASKS = { { "完成季度销售目标分解", "提交重点客户年度计划", "控制销售费用在预算内", "按时提交区域销售报告", "推进新产品上市" },
			{ "按期交货不出错", "色差投诉 24 小时内响应", "给出有竞争力的年度报价", "提供包装结构改进建议", "缩短打样周期" },
			{ "辅导业绩落后的销售代表", "陪访关键客户决策人", "清理逾期帐款", "开好周一销售例会", "留出时间分析销售数据" } };

	private static final String[] REVIEWS = { "目标大部分完成；回款比计划少一家，下周重点跟进。", "陪访效果好，两家客户同意打样；销售例会时间偏长，需要压缩。",
			"投诉处理及时，客户满意；自己花在行政事务上的时间仍然太多。", "招聘进度落后，下周安排面试；重点客户计划已提交上司。" };

	private final List<Object[]> weeks = new ArrayList<>();

	private final List<Object[]> goals = new ArrayList<>();

	private final List<Object[]> tasks = new ArrayList<>();

	private final List<Object[]> assessments = new ArrayList<>();

	private final List<Object[]> ratings = new ArrayList<>();

	private final IdBlocks ids;

	private final LocalDate today;

	private final Random random;

	DemoManagerWeekRows(IdBlocks ids, LocalDate today, Random random) {
		this.ids = ids;
		this.today = today;
		this.random = random;
	}

	void addManager(String username, long managerId) {
		LocalDate thisMonday = ManagerWeek.monday(ManagerWeek.isoWeekOf(this.today));
		for (int back = 7; back >= 0; back--) {
			addWeek(managerId, thisMonday.minusWeeks(back), back > 0);
		}
		boolean improving = "manager1".equals(username);
		int every = improving ? 3 : 6;
		int count = improving ? 8 : 4;
		for (int i = 0; i < count; i++) {
			LocalDate on = this.today.minusMonths((long) every * (count - 1 - i)).minusDays(improving ? 2 : 9);
			double level = improving ? 1.6 + 1.9 * i / (count - 1) : 2.6;
			addAssessment(managerId, on, level);
		}
	}

	private void addWeek(long managerId, LocalDate monday, boolean over) {
		long id = this.ids.next();
		this.weeks.add(new Object[] { id, managerId, ManagerWeek.isoWeekOf(monday), Date.valueOf(monday),
				over ? REVIEWS[this.random.nextInt(REVIEWS.length)] : null, DemoActivityRows.at(monday) });
		int goalCount = 3 + this.random.nextInt(3);
		int first = this.random.nextInt(GOALS.length);
		for (int i = 0; i < goalCount; i++) {
			this.goals.add(new Object[] { id, i, GOALS[(first + i) % GOALS.length] });
		}
		ManagerWeekPerspective[] perspectives = ManagerWeekPerspective.values();
		for (int p = 0; p < perspectives.length; p++) {
			int offset = this.random.nextInt(TASKS[p].length);
			for (int rank = 1; rank <= ManagerWeekPerspective.TASKS; rank++) {
				this.tasks.add(new Object[] { id, perspectives[p].name(), rank,
						TASKS[p][(rank - 1 + offset) % TASKS[p].length] });
			}
		}
	}

	private void addAssessment(long managerId, LocalDate on, double level) {
		long id = this.ids.next();
		this.assessments.add(new Object[] { id, managerId, Date.valueOf(on), DemoActivityRows.at(on) });
		for (SelfAssessmentItem item : SelfAssessmentItem.values()) {
			double points = level + (this.random.nextDouble() - 0.5) * 1.4;
			int rounded = (int) Math.max(1, Math.min(4, Math.round(points)));
			this.ratings.add(new Object[] { id, item.name(), rating(rounded).name() });
		}
	}

	private static SelfRating rating(int points) {
		for (SelfRating rating : SelfRating.values()) {
			if (rating.points() == points) {
				return rating;
			}
		}
		return SelfRating.FAIR;
	}

	void write(JdbcTemplate jdbc) {
		jdbc.batchUpdate("""
				insert into manager_week (id, version, manager_id, iso_week, week_start, review, created_at)
				values (?, 0, ?, ?, ?, ?, ?)
				""", this.weeks);
		jdbc.batchUpdate("insert into manager_week_goal (manager_week_id, goal_no, text) values (?, ?, ?)", this.goals);
		jdbc.batchUpdate(
				"insert into manager_week_task (manager_week_id, perspective, task_rank, text) values (?, ?, ?, ?)",
				this.tasks);
		jdbc.batchUpdate("""
				insert into self_assessment (id, version, manager_id, assessed_on, created_at) values (?, 0, ?, ?, ?)
				""", this.assessments);
		jdbc.batchUpdate("insert into self_assessment_rating (self_assessment_id, item, rating) values (?, ?, ?)",
				this.ratings);
	}

	int weekCount() {
		return this.weeks.size();
	}

	int assessmentCount() {
		return this.assessments.size();
	}

}
