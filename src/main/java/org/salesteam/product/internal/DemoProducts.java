package org.salesteam.product.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.salesteam.platform.IdBlocks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's catalogue: about forty products in six categories with list prices
 * and standard costs as a Chinese printing house would quote them — boxes and books on
 * thin margins, labels and business print on fat ones. Runs once, while the product table
 * is empty.
 */
@Component
@Order(25)
class DemoProducts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProducts.class);

	/** code, name, category, unit, list price, standard cost, active */
	static final List<Object[]> CATALOGUE = List.of(row("CH-001", "月饼礼盒（天地盖精装）", "彩盒包装", "个", "38.00", "26.50"),
			row("CH-002", "白卡折叠彩盒", "彩盒包装", "个", "1.20", "0.78"), row("CH-003", "茶叶礼盒", "彩盒包装", "个", "22.00", "15.40"),
			row("CH-004", "药品小盒（350g 白卡）", "彩盒包装", "个", "0.45", "0.31"),
			row("CH-005", "化妆品彩盒（烫金+UV）", "彩盒包装", "个", "2.80", "1.65"),
			row("CH-006", "酒盒（裱坑精装）", "彩盒包装", "个", "16.50", "11.90"),
			row("CH-007", "粽子礼盒", "彩盒包装", "个", "26.00", "18.20"), row("CH-008", "保健品彩盒", "彩盒包装", "个", "1.60", "1.05"),
			row("WL-001", "三层瓦楞外箱（B 楞）", "瓦楞纸箱", "个", "3.20", "2.60"),
			row("WL-002", "五层瓦楞外箱（BC 楞）", "瓦楞纸箱", "个", "5.80", "5.35"),
			row("WL-003", "彩印瓦楞展示箱", "瓦楞纸箱", "个", "12.50", "8.90"),
			row("WL-004", "电商快递纸箱", "瓦楞纸箱", "个", "1.85", "1.74"), row("WL-005", "水果礼品瓦楞箱", "瓦楞纸箱", "个", "6.40", "4.70"),
			row("WL-006", "重型出口纸箱（七层）", "瓦楞纸箱", "个", "14.00", "12.60"),
			row("BQ-001", "铜版纸不干胶标签", "不干胶标签", "千张", "85.00", "52.00"),
			row("BQ-002", "透明 PET 标签", "不干胶标签", "千张", "160.00", "98.00"),
			row("BQ-003", "防伪镭射标签", "不干胶标签", "千张", "320.00", "180.00"),
			row("BQ-004", "日化瓶贴（BOPP）", "不干胶标签", "千张", "140.00", "96.00"),
			row("BQ-005", "热敏物流标签", "不干胶标签", "千张", "38.00", "36.20"),
			row("BQ-006", "药品说明标签", "不干胶标签", "千张", "95.00", "61.00"),
			row("BQ-007", "酒标（烫金压纹）", "不干胶标签", "千张", "450.00", "265.00"),
			row("XC-001", "企业画册（骑马钉 24P）", "宣传册", "本", "18.00", "11.50"),
			row("XC-002", "产品目录（胶装 64P）", "宣传册", "本", "32.00", "21.00"),
			row("XC-003", "三折页", "宣传册", "张", "0.65", "0.42"),
			row("XC-004", "宣传单页（157g 铜版纸）", "宣传册", "千张", "260.00", "175.00"),
			row("XC-005", "年报（精装）", "宣传册", "本", "68.00", "43.00"),
			row("XC-006", "促销海报（大度对开）", "宣传册", "张", "3.50", "2.30"),
			row("SK-001", "教辅图书（16 开胶装）", "书刊", "本", "9.80", "8.60"),
			row("SK-002", "少儿绘本（精装）", "书刊", "本", "26.00", "16.50"),
			row("SK-003", "期刊（月刊 96P）", "书刊", "本", "7.50", "5.60"),
			row("SK-004", "社科图书（锁线胶装）", "书刊", "本", "15.00", "10.20"),
			row("SK-005", "练习册（骑马钉）", "书刊", "本", "2.60", "2.48"),
			row("SW-001", "名片（300g 覆膜）", "商务印刷", "盒", "25.00", "9.00"),
			row("SW-002", "信封（牛皮纸印 logo）", "商务印刷", "千个", "420.00", "280.00"),
			row("SW-003", "信纸（80g 双胶）", "商务印刷", "本", "6.00", "3.60"),
			row("SW-004", "手提纸袋（印刷+绳）", "商务印刷", "个", "3.80", "2.55"),
			row("SW-005", "台历", "商务印刷", "本", "22.00", "13.00"),
			row("SW-006", "无碳复写票据（三联）", "商务印刷", "本", "4.20", "2.80"),
			row("SW-007", "烫金贺卡", "商务印刷", "张", "4.50", "2.20"), row("SW-008", "会议资料袋", "商务印刷", "个", "5.50", "3.90"),
			inactive(row("BQ-008", "旧版防伪标签（已停产）", "不干胶标签", "千张", "280.00", "170.00")));

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoProducts(JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			Long existing = this.jdbc.queryForObject("select count(*) from product", Long.class);
			if (existing == null || existing > 0) {
				return;
			}
			OffsetDateTime created = OffsetDateTime.of(2020, 1, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));
			List<Object[]> rows = new ArrayList<>();
			IdBlocks ids = new IdBlocks(this.jdbc);
			for (Object[] product : CATALOGUE) {
				rows.add(new Object[] { ids.next(), product[0], product[1], product[2], product[3], product[4],
						product[5], product[6], created });
			}
			this.jdbc.batchUpdate("""
					insert into product (id, version, code, name, category, unit, list_price, standard_cost, active,
					  created_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
					""", rows);
			log.info("Demo products created: {}", rows.size());
		});
	}

	private static Object[] row(String code, String name, String category, String unit, String price, String cost) {
		return new Object[] { code, name, category, unit, new BigDecimal(price), new BigDecimal(cost), true };
	}

	private static Object[] inactive(Object[] row) {
		row[6] = false;
		return row;
	}

}
