package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's recruiting: a position for the team of rep1 and one for the team of rep6
 * (the record probes try a candidate of each), with candidates at every step — 张伟 scored
 * by the team's manager and the director, who differ by 2 on two traits (to discuss); 王磊
 * offered; 周婷 just applied; 赵敏 interviewed once; 孙浩 rejected. And five reps of the demo
 * company hired through an earlier position 23 months ago, with their interviews, so that
 * the first-year check (Spearman) has its five hires. Once, while no position exists.
 */
@Component
@Order(99)
class DemoRecruiting implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final RecruitPositionRepository positions;

	private final CandidateRepository candidates;

	private final InterviewRepository interviews;

	private final Clock clock;

	private final boolean enabled;

	DemoRecruiting(JdbcClient jdbc, TransactionTemplate transaction, RecruitPositionRepository positions,
			CandidateRepository candidates, InterviewRepository interviews, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.positions = positions;
		this.candidates = candidates;
		this.interviews = interviews;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.positions.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.transaction.executeWithoutResult((status) -> {
			Long director = userId("director");
			Long team1 = teamOf("rep1");
			Long team6 = teamOf("rep6");
			Long manager1 = managerOf("rep1");
			Long manager6 = managerOf("rep6");
			if (director == null || team1 == null || team6 == null || manager1 == null || manager6 == null) {
				return;
			}
			RecruitPosition east = this.positions
				.save(new RecruitPosition("销售代表（包装印刷）", team1, today.minusDays(40), manager1));
			RecruitPosition south = this.positions
				.save(new RecruitPosition("销售代表（商业印刷）", team6, today.minusDays(25), manager6));
			Candidate zhang = candidate(east, "张伟", "13800001111", "智联招聘");
			interview(zhang, manager1, today.minusDays(10), 4, Map.of(Trait.HUMOUR, 2, Trait.REHEARSES, 5),
					"性格外向，适合做销售；懂一些印刷工艺；工作态度积极。");
			interview(zhang, director, today.minusDays(8), 4, Map.of(Trait.HUMOUR, 4, Trait.REHEARSES, 3),
					"沟通自然，做过两年包装材料销售，愿意出差。");
			Candidate wang = candidate(east, "王磊", "13900002222", "员工推荐");
			interview(wang, manager1, today.minusDays(15), 4, Map.of(Trait.RESEARCHES_CUSTOMERS, 5), "踏实，准备充分。");
			interview(wang, director, today.minusDays(14), 4, Map.of(Trait.ENERGY, 5), "有客户资源，目标感强。");
			wang.decide(Candidate.Decision.OFFER, "两位面试官都认为可以录用。", 2);
			candidate(east, "周婷", "13700003333", "前程无忧");
			Candidate zhao = candidate(south, "赵敏", "13600004444", "校园招聘");
			interview(zhao, manager6, today.minusDays(5), 3, Map.of(Trait.ENERGY, 5, Trait.SENSE_OF_MISSION, 4),
					"应届毕业生，性格开朗，缺少行业知识。");
			Candidate sun = candidate(south, "孙浩", "13500005555", "猎头");
			sun.decide(Candidate.Decision.REJECT, "期望薪资远高于岗位范围。", 0);
			earlierHires(director, today);
		});
	}

	/**
	 * Five reps hired together 23 months ago, each interviewed by their manager and the
	 * director with an overall level from 2 to 4.
	 */
	private void earlierHires(long director, LocalDate today) {
		LocalDate hiredOn = today.minusMonths(23).withDayOfMonth(1);
		RecruitPosition earlier = new RecruitPosition("销售代表（扩编）", null, hiredOn.minusDays(60), director);
		earlier.close("五人已全部入职，扩编完成", hiredOn);
		earlier = this.positions.save(earlier);
		Map<String, Integer> levels = new LinkedHashMap<>();
		levels.put("rep2", 4);
		levels.put("rep4", 3);
		levels.put("rep5", 2);
		levels.put("rep8", 4);
		levels.put("rep9", 3);
		int n = 0;
		for (Map.Entry<String, Integer> hire : levels.entrySet()) {
			Long rep = userId(hire.getKey());
			Long manager = managerOf(hire.getKey());
			if (rep == null || manager == null) {
				continue;
			}
			Candidate candidate = candidate(earlier,
					this.jdbc.sql("select display_name from app_user where id = :id")
						.param("id", rep)
						.query(String.class)
						.single(),
					null, "招聘会");
			int level = hire.getValue();
			interview(candidate, manager, hiredOn.minusDays(30), level,
					Map.of(Trait.values()[n], Math.min(5, level + 1)), null);
			interview(candidate, director, hiredOn.minusDays(28), level, Map.of(), null);
			candidate.decide(Candidate.Decision.OFFER, null, 2);
			candidate.hired(rep, hiredOn);
			n++;
		}
	}

	private Candidate candidate(RecruitPosition position, String name, String phone, String source) {
		return this.candidates
			.save(new Candidate(position.getId(), new Candidate.Form(position.getId(), name, phone, null, source)));
	}

	/** Every trait at {@code level} except the ones given. */
	private void interview(Candidate candidate, long interviewer, LocalDate on, int level, Map<Trait, Integer> except,
			String basics) {
		Map<Trait, Integer> scores = new EnumMap<>(Trait.class);
		for (Trait trait : Trait.values()) {
			scores.put(trait, except.getOrDefault(trait, level));
		}
		Map<String, Interview.Score> form = new LinkedHashMap<>();
		scores.forEach((trait, score) -> form.put(trait.name(), new Interview.Score(score, null)));
		candidate.interviewed();
		this.interviews.save(new Interview(candidate.getId(), interviewer, on, new Interview.Form(on, form, basics)));
	}

	private Long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long teamOf(String username) {
		return this.jdbc.sql("select team_id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long managerOf(String username) {
		return this.jdbc.sql("""
				select t.manager_id from sales_team t join app_user u on u.team_id = t.id where u.username = :u""")
			.param("u", username)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
