package org.salesteam.retention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.salesteam.retention.LostReason;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's lost customers (the customer module's demo marks some lost with a
 * reason in words) get their reason from the list, with the competitor where one took
 * them, and their exit interview; the two lost longest ago have had the interview, with
 * the handbook's three questions answered. Once, when nothing is recorded yet.
 */
@Component
@Order(96)
class DemoLostCustomers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLostCustomers.class);

	private record Known(LostReason reason, boolean preventable, String competitor, String[] interview) {
	}

	/** The customer module's demo reasons, as this module records them. */
	private static final Map<String, Known> REASONS = Map
		.of("价格高于竞争对手，被当地印刷厂抢走",
				new Known(LostReason.COMPETITOR, true, "当地印刷厂",
						new String[] { "对方每千册便宜 8%，还能月结 60 天", "我们三个月没去拜访过，报价也没人跟进", "更低的单价和更长的账期" }),
				"交期两次延误，客户转向其他供应商",
				new Known(LostReason.DELIVERY, true, null,
						new String[] { "新品上市两次因为包装晚到推迟", "交期变了没人提前告诉我们", "保证 48 小时交货，晚一天扣款" }),
				"客户被集团收购，改为总部统一采购", new Known(LostReason.CUSTOMER_CLOSED, false, null, null), "印刷色差投诉未及时处理",
				new Known(LostReason.QUALITY, true, null, null), "客户业务收缩，不再需要外包印刷",
				new Known(LostReason.CUSTOMER_CLOSED, false, null, null));

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final LostCustomers lost;

	private final LostCustomerRepository losses;

	private final ExitInterviewRepository interviews;

	private final boolean enabled;

	DemoLostCustomers(JdbcClient jdbc, TransactionTemplate transaction, LostCustomers lost,
			LostCustomerRepository losses, ExitInterviewRepository interviews,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.lost = lost;
		this.losses = losses;
		this.interviews = interviews;
		this.enabled = enabled;
	}

	private record LostRow(long id, Long ownerId, LocalDate lostOn, String reason) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.losses.count() > 0) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			List<LostRow> rows = this.jdbc.sql("""
					select id, owner_id, lost_date, lost_reason from customer
					where status = 'LOST' and lost_date is not null and owner_id is not null order by lost_date, code
					""")
				.query((rs, row) -> new LostRow(rs.getLong(1), rs.getObject(2, Long.class),
						rs.getObject(3, LocalDate.class), rs.getString(4)))
				.list();
			java.util.Set<LostReason> interviewed = java.util.EnumSet.noneOf(LostReason.class);
			for (LostRow row : rows) {
				Known known = REASONS.getOrDefault(row.reason(), new Known(LostReason.OTHER, false, null, null));
				LostCustomers.Recorded recorded = this.lost.record(
						row.ownerId(), row.id(), new LostRequest(known.reason(), known.preventable(),
								known.competitor(), (known.reason() == LostReason.OTHER) ? row.reason() : null),
						row.lostOn());
				if (known.interview() != null && interviewed.add(known.reason())) {
					ExitInterview interview = this.interviews.findById(recorded.exitInterviewId()).orElseThrow();
					interview.answer(known.interview()[0], known.interview()[1], known.interview()[2],
							row.lostOn().plusDays(9));
					this.interviews.save(interview);
				}
			}
			log.info("Demo lost customers recorded: {}, {} exit interviews held", rows.size(), interviewed.size());
		});
	}

}
