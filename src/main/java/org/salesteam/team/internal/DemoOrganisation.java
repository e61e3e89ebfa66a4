package org.salesteam.team.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.platform.Role;
import org.salesteam.team.MarketSegment;
import org.salesteam.team.SalesTeam;
import org.salesteam.team.Territory;
import org.salesteam.team.User;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo company 融源印务有限责任公司: a director, three regional teams of five reps each with
 * their manager, two support staff, the territories they cover and the printing market's
 * segments. Everything is fixed (no randomness here), so screenshots and tests are
 * stable; every demo user signs in with the password {@code demo}.
 */
@Component
class DemoOrganisation {

	static final String PASSWORD = "demo";

	private final UserRepository users;

	private final SalesTeamRepository teams;

	private final TerritoryRepository territories;

	private final MarketSegmentRepository segments;

	private final PasswordEncoder encoder;

	DemoOrganisation(UserRepository users, SalesTeamRepository teams, TerritoryRepository territories,
			MarketSegmentRepository segments, PasswordEncoder encoder) {
		this.users = users;
		this.teams = teams;
		this.territories = territories;
		this.segments = segments;
		this.encoder = encoder;
	}

	/**
	 * One team of the demo: its name, manager, the territories its reps cover and its
	 * reps' names.
	 */
	private record TeamPlan(String name, String segmentCode, String managerName, List<String> territoryCodes,
			List<String> repNames) {
	}

	void create() {
		Map<String, Territory> byCode = createTerritories();
		Map<String, MarketSegment> segmentByCode = createSegments();
		String hash = this.encoder.encode(PASSWORD);
		save(new User("director", hash, "林振华", EnumSet.of(Role.DIRECTOR)));
		save(new User("support1", hash, "何晓燕", EnumSet.of(Role.SUPPORT)));
		save(new User("support2", hash, "郭建平", EnumSet.of(Role.SUPPORT)));
		List<TeamPlan> plans = List.of(
				new TeamPlan("华东一部", "PKG-FOOD", "王建国", List.of("SH", "ZJ"), List.of("张伟", "李娜", "刘洋", "陈静", "杨帆")),
				new TeamPlan("华东二部", "LBL-DAILY", "赵立新", List.of("JS", "AH"), List.of("黄磊", "周敏", "吴涛", "徐丽", "孙浩")),
				new TeamPlan("华南部", "COMM-FIN", "梁志强", List.of("GD", "FJ"), List.of("马超", "朱婷", "胡斌", "郭晶", "罗勇")));
		int managerNo = 0;
		int repNo = 0;
		for (TeamPlan plan : plans) {
			managerNo++;
			User manager = save(new User("manager" + managerNo, hash, plan.managerName(), EnumSet.of(Role.MANAGER)));
			SalesTeam team = this.teams
				.save(new SalesTeam(plan.name(), manager.getId(), segmentByCode.get(plan.segmentCode()).getId()));
			for (int i = 0; i < plan.repNames().size(); i++) {
				repNo++;
				User rep = new User("rep" + repNo, hash, plan.repNames().get(i), EnumSet.of(Role.REP));
				rep.assignTeam(team.getId());
				String territoryCode = plan.territoryCodes().get(i % plan.territoryCodes().size());
				rep.assignTerritories(Set.of(byCode.get(territoryCode).getId()));
				save(rep);
			}
		}
	}

	private User save(User user) {
		return this.users.save(user);
	}

	private Map<String, Territory> createTerritories() {
		Map<String, Territory> byCode = new LinkedHashMap<>();
		Territory east = this.territories.save(new Territory("EAST", "华东大区", null));
		Territory south = this.territories.save(new Territory("SOUTH", "华南大区", null));
		byCode.put("EAST", east);
		byCode.put("SOUTH", south);
		String[][] provinces = { { "SH", "上海", "EAST" }, { "JS", "江苏", "EAST" }, { "ZJ", "浙江", "EAST" },
				{ "AH", "安徽", "EAST" }, { "GD", "广东", "SOUTH" }, { "FJ", "福建", "SOUTH" } };
		for (String[] row : provinces) {
			byCode.put(row[0], this.territories.save(new Territory(row[0], row[1], byCode.get(row[2]).getId())));
		}
		return byCode;
	}

	private Map<String, MarketSegment> createSegments() {
		List<MarketSegment> created = new ArrayList<>();
		created.add(new MarketSegment("PKG-FOOD", "食品饮料包装", "食品饮料", "制造企业"));
		created.add(new MarketSegment("LBL-DAILY", "日化标签", "日化用品", "制造企业"));
		created.add(new MarketSegment("COMM-FIN", "金融保险商务印刷", "金融保险", "服务企业"));
		created.add(new MarketSegment("BOOK-PUB", "书刊出版", "出版传媒", "事业单位"));
		created.add(new MarketSegment("PHARMA", "医药包装", "医药健康", "制造企业"));
		Map<String, MarketSegment> byCode = new LinkedHashMap<>();
		for (MarketSegment segment : this.segments.saveAll(created)) {
			byCode.put(segment.getCode(), segment);
		}
		return byCode;
	}

}
