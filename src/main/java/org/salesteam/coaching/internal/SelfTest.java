package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;

/**
 * One skills self-test of a rep on one day, with the manager's ratings of the rep's
 * ability.
 */
@Entity
@Table(name = "self_test")
public class SelfTest extends AbstractAggregate {

	@Column(name = "rep_id", nullable = false)
	private long repId;

	@Column(name = "taken_on", nullable = false)
	private LocalDate takenOn;

	@Column(name = "rated_by")
	private Long ratedBy;

	@Column(name = "rated_on")
	private LocalDate ratedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "self_test_answer", joinColumns = @JoinColumn(name = "self_test_id"))
	private List<SelfTestAnswer> answers = new ArrayList<>();

	protected SelfTest() {
	}

	SelfTest(long repId, LocalDate takenOn) {
		this.repId = repId;
		this.takenOn = takenOn;
	}

	/** The rep's own rating of an item (values checked by the caller, 1–3). */
	void rateByRep(String code, int importance, int ability) {
		answer(code).rateByRep(importance, ability);
	}

	/** The manager's rating of the rep's ability in an item, on {@code day}. */
	void rateByManager(String code, int ability, long managerId, LocalDate day) {
		answer(code).rateByManager(ability);
		this.ratedBy = managerId;
		this.ratedOn = day;
	}

	private SelfTestAnswer answer(String code) {
		return this.answers.stream().filter((a) -> a.getCode().equals(code)).findFirst().orElseGet(() -> {
			SelfTestAnswer added = new SelfTestAnswer(code);
			this.answers.add(added);
			return added;
		});
	}

	public long getRepId() {
		return this.repId;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public Long getRatedBy() {
		return this.ratedBy;
	}

	public LocalDate getRatedOn() {
		return this.ratedOn;
	}

	public List<SelfTestAnswer> getAnswers() {
		return List.copyOf(this.answers);
	}

}
