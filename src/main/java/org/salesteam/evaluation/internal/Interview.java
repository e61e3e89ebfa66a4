package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.AuditMasked;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * One interviewer's interview of a candidate: every {@link Trait} scored 1–5, each with
 * the evidence heard (optional), and the three basic qualities in words. One per
 * interviewer and candidate. The evidence and the words stay out of the audit trail (they
 * may describe the person); the scores are recorded.
 */
@Entity
@Audited("interview")
@Table(name = "recruit_interview")
public class Interview extends AbstractAggregate {

	/** What an interviewer hands in: the day, scores with evidence, basic qualities. */
	public record Form(LocalDate heldOn, Map<String, Score> scores, String basicQualities) {
	}

	/** A score as typed: 1–5 and the evidence. */
	public record Score(Integer score, String evidence) {
	}

	/** A trait's score as stored. */
	@Embeddable
	public static class TraitScore {

		@Column(nullable = false, length = 30)
		private String trait;

		@Column(nullable = false)
		private int score;

		@Column(length = 1000)
		private String evidence;

		protected TraitScore() {
		}

		TraitScore(Trait trait, int score, String evidence) {
			this.trait = trait.name();
			this.score = score;
			this.evidence = evidence;
		}

		public Trait trait() {
			return Trait.valueOf(this.trait);
		}

		public int score() {
			return this.score;
		}

		public String evidence() {
			return this.evidence;
		}

		/** What the audit trail records of it: the trait and the score, no evidence. */
		@Override
		public String toString() {
			return this.trait + "=" + this.score;
		}

	}

	@Column(name = "candidate_id", nullable = false)
	private Long candidateId;

	@Column(name = "interviewer_id", nullable = false)
	private Long interviewerId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@AuditMasked
	@Column(name = "basic_qualities", length = 2000)
	private String basicQualities;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "recruit_interview_score", joinColumns = @JoinColumn(name = "interview_id"))
	private List<TraitScore> scores = new ArrayList<>();

	protected Interview() {
	}

	/**
	 * Every trait must be scored 1–5 (422 on {@code scores.<TRAIT>}); an unknown trait is
	 * 422 on {@code scores}.
	 */
	Interview(long candidateId, long interviewerId, LocalDate heldOn, Form form) {
		this.candidateId = candidateId;
		this.interviewerId = interviewerId;
		this.heldOn = heldOn;
		this.basicQualities = Recruiting.optional("basicQualities", form.basicQualities(), 2000);
		Map<String, Score> typed = (form.scores() != null) ? form.scores() : Map.of();
		Map<Trait, Score> byTrait = new EnumMap<>(Trait.class);
		typed.forEach((key, value) -> {
			try {
				byTrait.put(Trait.valueOf(key.trim().toUpperCase(java.util.Locale.ROOT)), value);
			}
			catch (IllegalArgumentException ex) {
				throw BusinessRuleException.onField("scores", "evaluation.recruit.error.trait", key);
			}
		});
		for (Trait trait : Trait.values()) {
			Score score = byTrait.get(trait);
			if (score == null || score.score() == null || score.score() < 1 || score.score() > 5) {
				throw BusinessRuleException.onField("scores." + trait.name(), "evaluation.recruit.error.score");
			}
			this.scores.add(new TraitScore(trait, score.score(),
					Recruiting.optional("scores." + trait.name(), score.evidence(), 1000)));
		}
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public Long getInterviewerId() {
		return this.interviewerId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getBasicQualities() {
		return this.basicQualities;
	}

	public List<TraitScore> getScores() {
		return List.copyOf(this.scores);
	}

	public int score(Trait trait) {
		return this.scores.stream()
			.filter((s) -> s.trait() == trait)
			.mapToInt(TraitScore::score)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("not scored: " + trait));
	}

}
