package org.salesteam.scale.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated company: four regions, one territory, one manager and one team per team
 * of the scale, its reps spread evenly over the teams, a director and a support user.
 * Usernames follow the demo's ({@code director}, {@code manager1…}, {@code rep1…},
 * {@code support1}, {@code admin}); everyone signs in with the same password.
 */
final class Organisation {

	/** A generated rep: the team's territory and segment go to the rep's customers. */
	record Rep(long id, String username, long teamId, long territoryId, int segment) {
	}

	final List<Rep> reps = new ArrayList<>();

	final List<Long> managers = new ArrayList<>();

	final List<Long> territories = new ArrayList<>();

	final long[] segments = new long[Words.SEGMENT_CODES.size()];

	long director;

	private Organisation() {
	}

	static Organisation write(Scale scale, Ids ids, Random random, RowSink sink, String passwordHash,
			boolean adminExists, OffsetDateTime created) {
		Organisation org = new Organisation();
		long[] regions = new long[Words.REGIONS.size()];
		for (int i = 0; i < regions.length; i++) {
			regions[i] = ids.next();
			sink.row(Table.TERRITORY, regions[i], 0, Words.REGIONS.get(i), Words.REGION_NAMES.get(i), null, true,
					created);
		}
		for (int i = 0; i < org.segments.length; i++) {
			org.segments[i] = ids.next();
			sink.row(Table.MARKET_SEGMENT, org.segments[i], 0, Words.SEGMENT_CODES.get(i), Words.SEGMENT_NAMES.get(i),
					Words.INDUSTRIES.get(i), "制造企业", true, created);
		}
		if (!adminExists) {
			user(sink, ids.next(), "admin", passwordHash, "系统管理员", null, "ADMIN", created);
		}
		org.director = user(sink, ids.next(), "director", passwordHash, Words.personName(random), null, "DIRECTOR",
				created);
		user(sink, ids.next(), "support1", passwordHash, Words.personName(random), null, "SUPPORT", created);
		List<Long> teams = new ArrayList<>();
		for (int t = 0; t < scale.teams(); t++) {
			long territory = ids.next();
			int region = t % regions.length;
			sink.row(Table.TERRITORY, territory, 0, String.format("T%03d", t + 1),
					Words.REGION_NAMES.get(region) + (t / regions.length + 1) + "区", regions[region], true, created);
			org.territories.add(territory);
			long manager = user(sink, ids.next(), "manager" + (t + 1), passwordHash, Words.personName(random), null,
					"MANAGER", created);
			org.managers.add(manager);
			long team = ids.next();
			sink.row(Table.SALES_TEAM, team, 0, String.format("销售%d部", t + 1), manager,
					org.segments[t % org.segments.length], true, created);
			teams.add(team);
		}
		for (int r = 0; r < scale.reps(); r++) {
			int t = Math.min(scale.teams() - 1, r / scale.repsPerTeam());
			long id = ids.next();
			String username = "rep" + (r + 1);
			sink.row(Table.USER_TEAM, id, 0, username, passwordHash, Words.personName(random), "zh-CN", true, 0, 0,
					teams.get(t), created);
			sink.row(Table.APP_USER_ROLE, id, "REP");
			sink.row(Table.APP_USER_TERRITORY, id, org.territories.get(t));
			org.reps.add(new Rep(id, username, teams.get(t), org.territories.get(t), t % org.segments.length));
		}
		return org;
	}

	private static long user(RowSink sink, long id, String username, String hash, String name, Long team, String role,
			OffsetDateTime created) {
		sink.row(Table.APP_USER, id, 0, username, hash, name, "zh-CN", true, 0, 0, team, created);
		sink.row(Table.APP_USER_ROLE, id, role);
		return id;
	}

}
