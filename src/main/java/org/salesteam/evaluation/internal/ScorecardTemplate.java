package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * 评价标准: the metrics a role is scored on and their weights (adding up to 100), applying
 * from {@code validFrom} on. Stored as {@code CODE:weight,…} so that the audit trail
 * shows a change of the template as one old → new line.
 */
@Entity
@Audited("scorecardTemplate")
@Table(name = "scorecard_template")
public class ScorecardTemplate extends AbstractAggregate {

	/** One metric of a template. */
	public record Weighted(String code, int weight) {
	}

	@Column(nullable = false, length = 20)
	private String role;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(nullable = false, length = 1000)
	private String metrics;

	protected ScorecardTemplate() {
	}

	ScorecardTemplate(String role, LocalDate validFrom, List<Weighted> metrics) {
		this.role = role;
		this.validFrom = validFrom;
		replace(metrics);
	}

	void replace(List<Weighted> metrics) {
		List<String> parts = new ArrayList<>();
		for (Weighted metric : metrics) {
			parts.add(metric.code() + ":" + metric.weight());
		}
		this.metrics = String.join(",", parts);
	}

	public String getRole() {
		return this.role;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public List<Weighted> metrics() {
		List<Weighted> list = new ArrayList<>();
		for (String part : this.metrics.split(",")) {
			int colon = part.lastIndexOf(':');
			list.add(new Weighted(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1))));
		}
		return list;
	}

}
