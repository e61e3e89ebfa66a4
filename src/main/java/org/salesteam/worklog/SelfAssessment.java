package org.salesteam.worklog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * A manager's self-assessment on a day: the six workflow steps and the 20 skills, each
 * 优/良/普通/差. Repeated over time, the averages show the trend. One per manager and day:
 * assessing again the same day replaces the ratings.
 */
@Entity
@Audited("selfAssessment")
@Table(name = "self_assessment")
public class SelfAssessment extends AbstractAggregate {

	@Column(name = "manager_id", nullable = false)
	private long managerId;

	@Column(name = "assessed_on", nullable = false)
	private LocalDate assessedOn;

	@Column(length = 2000)
	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "self_assessment_rating", joinColumns = @JoinColumn(name = "self_assessment_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "item", length = 20)
	@Enumerated(EnumType.STRING)
	@Column(name = "rating", nullable = false, length = 10)
	private Map<SelfAssessmentItem, SelfRating> ratings = new HashMap<>();

	protected SelfAssessment() {
	}

	public SelfAssessment(long managerId, LocalDate assessedOn) {
		this.managerId = managerId;
		this.assessedOn = assessedOn;
	}

	/** Replaces the ratings and the note; at least one item must be rated. */
	public void rate(Map<SelfAssessmentItem, SelfRating> given, String note) {
		Map<SelfAssessmentItem, SelfRating> kept = new EnumMap<>(SelfAssessmentItem.class);
		given.forEach((item, rating) -> {
			if (item != null && rating != null) {
				kept.put(item, rating);
			}
		});
		if (kept.isEmpty()) {
			throw BusinessRuleException.onField("ratings", "worklog.assessment.error.empty");
		}
		if (note != null && note.trim().length() > 2000) {
			throw BusinessRuleException.onField("note", "worklog.validation.tooLong", 2000);
		}
		this.ratings.clear();
		this.ratings.putAll(kept);
		this.note = (note == null || note.isBlank()) ? null : note.trim();
	}

	/**
	 * Average points (优 4 … 差 1) of the rated workflow steps, null when none is rated.
	 */
	public BigDecimal stepScore() {
		return average(SelfAssessmentItem::isStep);
	}

	/** Average points of the rated skills, null when none is rated. */
	public BigDecimal skillScore() {
		return average((item) -> !item.isStep());
	}

	private BigDecimal average(Predicate<SelfAssessmentItem> which) {
		int count = 0;
		int sum = 0;
		for (Map.Entry<SelfAssessmentItem, SelfRating> entry : this.ratings.entrySet()) {
			if (which.test(entry.getKey())) {
				count++;
				sum += entry.getValue().points();
			}
		}
		return (count == 0) ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	public long getManagerId() {
		return this.managerId;
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public String getNote() {
		return this.note;
	}

	public Map<SelfAssessmentItem, SelfRating> getRatings() {
		Map<SelfAssessmentItem, SelfRating> copy = new EnumMap<>(SelfAssessmentItem.class);
		copy.putAll(this.ratings);
		return copy;
	}

}
