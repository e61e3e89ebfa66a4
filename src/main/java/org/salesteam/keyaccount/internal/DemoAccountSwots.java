package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.IdBlocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SWOT and competitor shares (ADR 0048) of each demo rep's largest key account: one
 * of three printing-customer stories, two competitors with shares that differ by account
 * (together 35–60 %), written by the owner a month ago. Runs once, while none exists.
 */
@Component
@Order(99)
class DemoAccountSwots implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountSwots.class);

	private static final String[][] STORIES = {
			{ "交期稳定，十年合作，印前团队熟悉客户的品牌色", "数码短单价格偏高", "客户新建食品包装二厂，明年彩盒量翻倍", "对手以低价争夺说明书订单" },
			{ "医药说明书资质齐全，质量零投诉", "只覆盖总部采购，工厂端接触少", "客户推行供应商整合，可争取更多品类", "集采压价，毛利承压" },
			{ "出版社教材旺季产能有保障", "付款周期长，回款慢", "客户开始做电商礼盒，需要新的包装方案", "竞争对手提供免费设计服务" } };

	private static final String[][] COMPETITORS = { { "华彩印务", "金鼎包装" }, { "恒信彩印", "东方印刷集团" }, { "利丰纸品", "华彩印务" } };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final java.time.Clock clock;

	private final boolean enabled;

	DemoAccountSwots(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, java.time.Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.template = template;
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
			if (this.jdbc.sql("select count(*) from ka_account_swot").query(Long.class).single() > 0) {
				return;
			}
			LocalDate written = LocalDate.now(this.clock).minusMonths(1);
			List<long[]> accounts = this.jdbc.sql("""
					select c.id, c.owner_id from customer c
					where c.key_account = true and c.owner_id is not null
					  and c.potential = (select max(o.potential) from customer o
					                     where o.owner_id = c.owner_id and o.key_account = true)
					order by c.id""").query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
			IdBlocks ids = new IdBlocks(this.template);
			for (long[] account : accounts) {
				write(ids.next(), account[0], account[1], written);
			}
			log.info("Demo account SWOTs: {}", accounts.size());
		});
	}

	private void write(long id, long customerId, long ownerId, LocalDate on) {
		int story = (int) (customerId % STORIES.length);
		String[] texts = STORIES[story];
		this.jdbc.sql("""
				insert into ka_account_swot (id, version, created_at, customer_id, strengths, weaknesses,
				  opportunities, threats, updated_on, updated_by)
				values (:id, 0, current_timestamp, :customer, :s, :w, :o, :t, :on, :by)""")
			.param("id", id)
			.param("customer", customerId)
			.param("s", texts[0])
			.param("w", texts[1])
			.param("o", texts[2])
			.param("t", texts[3])
			.param("on", on)
			.param("by", ownerId)
			.update();
		// the larger rival holds 20–39 %, the other 15–24 %, varying by account
		BigDecimal first = BigDecimal.valueOf(200 + (customerId * 7) % 200, 1);
		BigDecimal second = BigDecimal.valueOf(150 + (customerId * 3) % 100, 1);
		String[] names = COMPETITORS[story];
		competitor(id, 0, names[0], first);
		competitor(id, 1, names[1], second);
	}

	private void competitor(long swotId, int position, String name, BigDecimal share) {
		this.jdbc.sql("""
				insert into ka_account_competitor (swot_id, position, name, share_pct)
				values (:swot, :position, :name, :share)""")
			.param("swot", swotId)
			.param("position", position)
			.param("name", name)
			.param("share", share)
			.update();
	}

}
