package org.salesteam.worklog.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.salesteam.platform.IdBlocks;
import org.salesteam.worklog.ActivityType;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the demo's other activities: per rep and working day, each kind happens
 * with its weekly rate; rep7 (Arlene Summers) calls prospects and resolves complaints far
 * more than the others, rep3 (Joe Martin) hardly calls prospects and quotes his large
 * customers instead.
 */
class DemoActivityRows {

	/** A customer the rep owns. */
	record DemoCustomer(long id, boolean prospect, String customerClass) {
	}

	/** How often a kind happens per week for an average rep, and how long it takes. */
	private static final Map<ActivityType, double[]> RATES = new EnumMap<>(ActivityType.class);

	static {
		// weekly rate, minimum minutes, maximum minutes
		RATES.put(ActivityType.PROSPECT_CALL, new double[] { 4, 10, 30 });
		RATES.put(ActivityType.PROSPECT_LETTER, new double[] { 1.5, 15, 45 });
		RATES.put(ActivityType.PROPOSAL, new double[] { 0.8, 60, 240 });
		RATES.put(ActivityType.QUOTE, new double[] { 1.2, 30, 120 });
		RATES.put(ActivityType.DEMONSTRATION, new double[] { 0.4, 60, 180 });
		RATES.put(ActivityType.SERVICE_VISIT, new double[] { 0.8, 45, 120 });
		RATES.put(ActivityType.COMPLAINT_RESOLVED, new double[] { 0.4, 30, 120 });
		RATES.put(ActivityType.RECEIVABLE_COLLECTED, new double[] { 0.3, 20, 60 });
		RATES.put(ActivityType.ADVERTISING, new double[] { 0.1, 60, 180 });
		RATES.put(ActivityType.TRAINING, new double[] { 0.3, 60, 240 });
	}

	private static final Map<ActivityType, String[]> OUTCOMES = new EnumMap<>(ActivityType.class);

	static {
		OUTCOMES.put(ActivityType.PROSPECT_CALL,
				new String[] { "约好下周上门拜访", "对方要先看样品", "采购负责人出差，月底再联系", "目前有固定供应商，留下联系方式", "对不干胶标签有兴趣，寄资料" });
		OUTCOMES.put(ActivityType.PROSPECT_LETTER,
				new String[] { "寄出公司介绍和样册", "发邮件介绍环保包装方案", "寄出节日礼盒样品", "发送报价参考和案例" });
		OUTCOMES.put(ActivityType.PROPOSAL, new String[] { "提交彩盒包装改版方案", "提交画册印刷技术方案", "提交年度标签供应方案", "提交礼盒结构设计建议书" });
		OUTCOMES.put(ActivityType.QUOTE, new String[] { "报价已发，等待比价", "参加投标，技术分第一", "二次报价，让利 3%", "年度框架报价已确认" });
		OUTCOMES.put(ActivityType.DEMONSTRATION, new String[] { "打样确认通过", "现场演示色彩管理流程", "小批量试印，客户满意", "样品测试跌落合格" });
		OUTCOMES.put(ActivityType.SERVICE_VISIT, new String[] { "回访交货质量，客户满意", "协助客户调整拼版", "上门核对库存和补货计划", "讲解新品规格" });
		OUTCOMES.put(ActivityType.COMPLAINT_RESOLVED,
				new String[] { "色差问题已重印补货", "交期延误，已加急并致歉", "裁切尺寸偏差，换货处理", "包装破损，补发并改进装箱", "发票信息有误，已重开" });
		OUTCOMES.put(ActivityType.RECEIVABLE_COLLECTED, new String[] { "收回逾期货款", "对账后客户付清尾款", "分两期收回，第一期到账" });
		OUTCOMES.put(ActivityType.ADVERTISING, new String[] { "策划印刷展会参展", "准备行业杂志广告", "设计客户答谢会宣传品" });
		OUTCOMES.put(ActivityType.TRAINING, new String[] { "参加印后工艺培训", "学习顾问式销售课程", "公司产品知识考核通过", "参加色彩管理讲座" });
	}

	private static final String JOE_MARTIN = "rep3";

	private static final String ARLENE_SUMMERS = "rep7";

	private final List<Object[]> rows = new ArrayList<>();

	private final IdBlocks ids;

	private final LocalDate today;

	private final Random random;

	DemoActivityRows(IdBlocks ids, LocalDate today, Random random) {
		this.ids = ids;
		this.today = today;
		this.random = random;
	}

	void addRep(String username, long repId, List<DemoCustomer> customers) {
		List<DemoCustomer> prospects = customers.stream().filter(DemoCustomer::prospect).toList();
		List<DemoCustomer> accounts = customers.stream()
			.filter((c) -> !c.prospect())
			.filter((c) -> !JOE_MARTIN.equals(username) || !"C".equals(c.customerClass()))
			.toList();
		for (LocalDate day = start(); !day.isAfter(this.today); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (Map.Entry<ActivityType, double[]> rate : RATES.entrySet()) {
				double perDay = rate.getValue()[0] * factor(username, rate.getKey()) / 5.0;
				int times = (int) perDay + ((this.random.nextDouble() < perDay - (int) perDay) ? 1 : 0);
				for (int i = 0; i < times; i++) {
					add(repId, day, rate.getKey(), rate.getValue(), prospects, accounts);
				}
			}
		}
	}

	private LocalDate start() {
		return this.today.minusMonths(24);
	}

	/**
	 * The handbook's two reps: Arlene works prospects and complaints, Joe neglects them.
	 */
	static double factor(String username, ActivityType type) {
		if (ARLENE_SUMMERS.equals(username)) {
			return switch (type) {
				case PROSPECT_CALL -> 2.5;
				case PROSPECT_LETTER -> 2.0;
				case COMPLAINT_RESOLVED -> 5.0;
				case SERVICE_VISIT -> 2.5;
				case QUOTE -> 0.8;
				default -> 1.0;
			};
		}
		if (JOE_MARTIN.equals(username)) {
			return switch (type) {
				case PROSPECT_CALL -> 0.15;
				case PROSPECT_LETTER -> 0.2;
				case COMPLAINT_RESOLVED -> 0.3;
				case SERVICE_VISIT -> 0.3;
				case TRAINING -> 0.3;
				case QUOTE -> 1.5;
				default -> 1.0;
			};
		}
		return 1.0;
	}

	private void add(long repId, LocalDate day, ActivityType type, double[] rate, List<DemoCustomer> prospects,
			List<DemoCustomer> accounts) {
		Long customerId = switch (type) {
			case PROSPECT_CALL, PROSPECT_LETTER -> pick(prospects);
			case ADVERTISING, TRAINING -> null;
			default -> pick(accounts);
		};
		int minutes = (int) (rate[1] + this.random.nextInt((int) (rate[2] - rate[1]) + 1));
		minutes = Math.max(5, minutes / 5 * 5);
		BigDecimal amount = type.hasAmount() ? BigDecimal.valueOf((50 + this.random.nextInt(750)) * 100L) : null;
		String[] outcomes = OUTCOMES.get(type);
		this.rows.add(new Object[] { this.ids.next(), repId, Date.valueOf(day), type.name(), customerId, minutes,
				amount, outcomes[this.random.nextInt(outcomes.length)], at(day) });
	}

	private Long pick(List<DemoCustomer> customers) {
		return customers.isEmpty() ? null : customers.get(this.random.nextInt(customers.size())).id();
	}

	static OffsetDateTime at(LocalDate day) {
		return day.atTime(18, 0).atOffset(ZoneOffset.ofHours(8));
	}

	void write(JdbcTemplate jdbc) {
		jdbc.batchUpdate("""
				insert into activity_log (id, version, owner_id, activity_date, activity_type, customer_id,
				  duration_minutes, amount, outcome, created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
				""", this.rows);
	}

	int count() {
		return this.rows.size();
	}

}
