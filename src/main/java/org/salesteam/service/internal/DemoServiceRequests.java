package org.salesteam.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.salesteam.service.ServiceRequestType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo complaints and service requests, once, after the KPI rollups are built: for the
 * key accounts that support2 (郭建平) serves and a few customers of 华东一部, some closed in
 * time, some closed late, some open and on track, some warned at 75 % and two past their
 * deadline. Closed complaints go through the same close as a user's, so they count in
 * COMPLAINTS_RESOLVED.
 */
@Component
@Order(96)
class DemoServiceRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoServiceRequests.class);

	/** What one demo request is and how far along it is. */
	private record Plan(ServiceRequestType type, String severity, String subject, double usedShare, Outcome outcome,
			String rootCause, String action) {
	}

	private enum Outcome {

		OPEN, WAITING, CLOSED

	}

	private record Customer(long id, String customerClass, long worker) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan(ServiceRequestType.COMPLAINT, "HIGH", "画册封面偏色，客户要求重印", 0.6, Outcome.CLOSED, "换纸后未重新校色",
					"换纸必须重新打样并由客户签样"),
			new Plan(ServiceRequestType.DELIVERY, "NORMAL", "包装盒晚到两天，影响客户上架", 1.4, Outcome.CLOSED, "物流排车冲突，未提前通知客户",
					"交期变动当天电话通知客户并给出新日期"),
			new Plan(ServiceRequestType.QUALITY, "HIGH", "说明书装订错页 300 份", 0.4, Outcome.CLOSED, "配页机传感器失灵",
					"每班开机前抽检配页，传感器纳入点检表"),
			new Plan(ServiceRequestType.INVOICE, "LOW", "发票抬头与合同不一致", 0.3, Outcome.CLOSED, "开票资料未按新合同更新",
					"新签合同当天同步更新开票资料"),
			new Plan(ServiceRequestType.COMPLAINT, "CRITICAL", "礼盒烫金脱落，客户已投诉到总经理", 1.3, Outcome.OPEN, null, null),
			new Plan(ServiceRequestType.RUSH_JOB, "HIGH", "展会物料加急，周五前必须交货", 1.2, Outcome.OPEN, null, null),
			new Plan(ServiceRequestType.COMPLAINT, "NORMAL", "标签不干胶粘性不足", 0.85, Outcome.OPEN, null, null),
			new Plan(ServiceRequestType.SAMPLE, "NORMAL", "新品包装打样三款", 0.8, Outcome.OPEN, null, null),
			new Plan(ServiceRequestType.TECHNICAL, "LOW", "咨询可降解覆膜材料", 0.2, Outcome.WAITING, null, null),
			new Plan(ServiceRequestType.QUOTE, "NORMAL", "年度台历报价", 0.1, Outcome.OPEN, null, null));

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ServiceRequestRepository requests;

	private final ServiceRequests closing;

	private final ServiceSettings settings;

	private final Clock clock;

	private final boolean enabled;

	DemoServiceRequests(JdbcClient jdbc, TransactionTemplate transaction, ServiceRequestRepository requests,
			ServiceRequests closing, ServiceSettings settings, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.requests = requests;
		this.closing = closing;
		this.settings = settings;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.requests.count() > 0) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> create());
	}

	private void create() {
		List<Customer> customers = this.jdbc
			.sql("""
					select c.id, c.customer_class, m.user_id from account_team_member m join customer c on c.id = m.customer_id
					join app_user u on u.id = m.user_id
					where u.username = 'support2' order by c.code
					""")
			.query((rs, row) -> new Customer(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
		List<Customer> team1 = this.jdbc.sql("""
				select c.id, c.customer_class, c.owner_id from customer c join app_user u on u.id = c.owner_id
				where u.username in ('rep1', 'rep2', 'rep3') and c.status = 'ACTIVE' order by c.code
				""").query((rs, row) -> new Customer(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
		WorkingTime time = this.settings.workingTime();
		Instant now = this.clock.instant();
		int made = 0;
		for (int i = 0; i < PLANS.size(); i++) {
			List<Customer> from = (i % 2 == 0 || team1.isEmpty()) ? customers : team1;
			if (from.isEmpty()) {
				continue;
			}
			Customer customer = from.get((i / 2) % from.size());
			make(PLANS.get(i), customer, time, now, i);
			made++;
		}
		log.info("Demo service requests: {}", made);
	}

	private void make(Plan plan, Customer customer, WorkingTime time, Instant now, int index) {
		long target = this.settings.resolutionMinutes(customer.customerClass());
		long used = Math.round(plan.usedShare() * target);
		Instant opened;
		if (plan.outcome() == Outcome.CLOSED) {
			// closed some weeks ago: opened 20 + index days back at 10:00 of that day's
			// clock
			opened = now.minus(Duration.ofDays(20L + 3L * index));
		}
		else {
			opened = back(time, now, used);
		}
		ServiceRequest request = this.requests.save(new ServiceRequest(customer.id(), null, plan.type(),
				plan.severity(), plan.subject(), null, customer.customerClass(), opened, customer.worker(),
				this.settings.responseMinutes(customer.customerClass()), target, time));
		// routed like a new request (ADR 0052); the portfolio boxes come later in the
		// demo
		this.closing.route(customer.id(), plan.type())
			.ifPresent((route) -> request.assign(route.assigneeId(), route.role()));
		if (plan.outcome() == Outcome.CLOSED) {
			request.respond(time.plus(opened, 60));
			this.closing.close(customer.worker(), request, plan.rootCause(), plan.action(), time.plus(opened, used));
		}
		else if (plan.outcome() == Outcome.WAITING) {
			request.waitForCustomer(time.plus(opened, used));
			this.requests.save(request);
		}
		else if (plan.usedShare() < 1) {
			request.respond(time.plus(opened, 30));
			this.requests.save(request);
		}
	}

	/** The moment {@code minutes} working minutes before {@code now} (to the hour). */
	private static Instant back(WorkingTime time, Instant now, long minutes) {
		Instant at = now;
		while (time.minutesBetween(at, now) < minutes) {
			at = at.minus(Duration.ofMinutes(30));
		}
		return at;
	}

}
