package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.retention.SurveysReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's satisfaction surveys: on the first active customers of rep3 (刘洋, who
 * seldom calls back), an NPS promoter, a satisfied CSAT, a detractor (NPS 4, "交期总拖")
 * whose follow-up is open in the owner's inbox, and one link not answered yet. Their
 * links are not known (only hashes are stored). Beside them, surveys the application
 * created and their owners were told about (ADR 0047): a CSAT after a closed service
 * request of rep3's next customer, and the yearly NPS of two contacts of rep1's first key
 * account — no link taken yet. Once, when no survey exists.
 */
@Component
@Order(97)
class DemoSurveys implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

	private record Plan(SurveyKind kind, Integer score, String comment, int daysAgo) {
	}

	private static final List<Plan> PLANS = List.of(new Plan(SurveyKind.NPS, 9, "打样快，交货准时", 40),
			new Plan(SurveyKind.CSAT, 5, null, 25), new Plan(SurveyKind.NPS, 4, "交期总拖，催了好几次才发货", 6),
			new Plan(SurveyKind.CSAT, null, null, 2));

	private record Target(long customerId, long ownerId) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SurveyRepository surveys;

	private final Clock clock;

	private final boolean enabled;

	private final ApplicationEventPublisher events;

	DemoSurveys(JdbcClient jdbc, TransactionTemplate transaction, SurveyRepository surveys, Clock clock,
			ApplicationEventPublisher events, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.events = events;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.surveys = surveys;
		this.clock = clock;
		this.enabled = enabled;
	}

	/** Tells the owner, as {@link AutomaticSurveys} does. */
	private void automatic(List<Survey> created) {
		if (!created.isEmpty()) {
			this.surveys.flush();
			Survey first = created.get(0);
			this.events
				.publishEvent(new SurveysReady(first.getCustomerId(), created.stream().map(Survey::getId).toList(),
						first.getKind().name(), first.getOrigin().name(), this.clock.instant()));
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		// the demo's closed service requests have already created their automatic surveys
		if (!this.enabled || this.jdbc.sql("select count(*) from retention_survey where origin = 'MANUAL'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		List<Target> targets = this.jdbc.sql("""
				select c.id, c.owner_id from customer c join app_user u on u.id = c.owner_id
				where u.username = 'rep3' and c.status = 'ACTIVE' order by c.code
				fetch first 5 rows only
				""").query((rs, row) -> new Target(rs.getLong(1), rs.getLong(2))).list();
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < Math.min(PLANS.size(), targets.size()); i++) {
				Plan plan = PLANS.get(i);
				Target target = targets.get(i);
				Instant sent = now.minus(Duration.ofDays(plan.daysAgo()));
				Survey survey = new Survey(target.customerId(), null, plan.kind(),
						Surveys.hash("demo-" + i + "-" + now), target.ownerId(), sent,
						sent.plus(Duration.ofDays(Surveys.EXPIRY_DAYS)));
				if (plan.score() != null) {
					Instant answered = sent.plus(Duration.ofDays(1));
					LocalDate on = LocalDate.ofInstant(answered, this.clock.getZone());
					survey.answer(plan.score(), plan.comment(), answered, target.ownerId(),
							WorkingDays.after(on, Surveys.FOLLOW_UP_WORKING_DAYS));
				}
				this.surveys.save(survey);
			}
			if (targets.size() > PLANS.size()) {
				Target next = targets.get(PLANS.size());
				automatic(List.of(this.surveys.save(Survey.automatic(next.customerId(), null, SurveyKind.CSAT,
						SurveyOrigin.AFTER_SERVICE, "SR:demo", next.ownerId(), now.minus(Duration.ofHours(3))))));
			}
			automatic(this.jdbc.sql("""
					select c.id, k.id, c.owner_id from customer c join contact k on k.customer_id = c.id
					where c.id = (select min(c2.id) from customer c2 join app_user u on u.id = c2.owner_id
					  where u.username = 'rep1' and c2.key_account = true
					  and exists (select 1 from contact k2 where k2.customer_id = c2.id))
					order by k.id fetch first 2 rows only
					""")
				.query((rs, row) -> Survey.automatic(rs.getLong(1), rs.getLong(2), SurveyKind.NPS,
						SurveyOrigin.YEARLY_NPS, "NPS:" + rs.getLong(2) + ":demo", rs.getLong(3), now))
				.list()
				.stream()
				.map(this.surveys::save)
				.toList());
		});
		log.info("Demo satisfaction surveys: {}", Math.min(PLANS.size(), targets.size()));
	}

}
