package org.salesteam.team.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.team.SalesTeam;

/** The JSON of {@code /api/v1/teams}. */
final class TeamJson {

	private TeamJson() {
	}

	/** Create and update alike. */
	record Body(@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String name,
			@NotNull(message = "{form.required}") Long managerId, Long segmentId) {
	}

	/** Exactly the reps who make up the team afterwards. */
	record Members(@NotNull(message = "{form.required}") Set<@NotNull(message = "{form.required}") Long> repIds) {
	}

	record View(long id, String name, Long managerId, Long segmentId, boolean active, List<Long> memberIds) {

		static View of(SalesTeam team, List<Long> memberIds) {
			return new View(team.getId(), team.getName(), team.getManagerId(), team.getSegmentId(), team.isActive(),
					memberIds);
		}

	}

}
