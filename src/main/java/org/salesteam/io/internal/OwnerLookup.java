package org.salesteam.io.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.salesteam.team.TeamDirectory;

/** Active users by user name, looked up once per job and name. */
final class OwnerLookup {

	private final TeamDirectory directory;

	private final Map<String, Optional<Long>> cache = new HashMap<>();

	OwnerLookup(TeamDirectory directory) {
		this.directory = directory;
	}

	Optional<Long> find(String username) {
		return this.cache.computeIfAbsent(username.toLowerCase(Locale.ROOT),
				(name) -> this.directory.findMemberByUsername(name)
					.filter(TeamDirectory.Member::active)
					.map(TeamDirectory.Member::id));
	}

}
