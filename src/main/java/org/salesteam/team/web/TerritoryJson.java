package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.team.Territory;

/** The JSON of {@code /api/v1/territories}. */
final class TerritoryJson {

	private TerritoryJson() {
	}

	record Create(
			@NotBlank(message = "{form.required}") @Size(max = 32, message = "{form.tooLong}") @Pattern(
					regexp = InputPatterns.CODE, message = "{form.codePattern}") String code,
			@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String name,
			Long parentId) {
	}

	/** The code never changes. */
	record Update(@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String name,
			Long parentId) {
	}

	record View(long id, String code, String name, Long parentId, boolean active) {

		static View of(Territory territory) {
			return new View(territory.getId(), territory.getCode(), territory.getName(), territory.getParentId(),
					territory.isActive());
		}

	}

}
