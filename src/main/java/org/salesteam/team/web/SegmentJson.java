package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.team.MarketSegment;

/** The JSON of {@code /api/v1/segments}. */
final class SegmentJson {

	private SegmentJson() {
	}

	record Create(
			@NotBlank(message = "{form.required}") @Size(max = 32, message = "{form.tooLong}") @Pattern(
					regexp = InputPatterns.CODE, message = "{form.codePattern}") String code,
			@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String name,
			@Size(max = 100, message = "{form.tooLong}") String industry,
			@Size(max = 100, message = "{form.tooLong}") String enterpriseType) {
	}

	/** The code never changes. */
	record Update(@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String name,
			@Size(max = 100, message = "{form.tooLong}") String industry,
			@Size(max = 100, message = "{form.tooLong}") String enterpriseType) {
	}

	record View(long id, String code, String name, String industry, String enterpriseType, boolean active) {

		static View of(MarketSegment segment) {
			return new View(segment.getId(), segment.getCode(), segment.getName(), segment.getIndustry(),
					segment.getEnterpriseType(), segment.isActive());
		}

	}

}
