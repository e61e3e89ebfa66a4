package org.salesteam.coaching.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;

/** An accepted proof that a rep learned one item of the knowledge checklist. */
@Entity
@Table(name = "knowledge_proof")
public class KnowledgeProof extends AbstractAggregate {

	@Column(name = "rep_id", nullable = false)
	private long repId;

	@Column(name = "item_code", nullable = false, length = 40)
	private String itemCode;

	@Column(nullable = false, length = 20)
	private String proof;

	@Column(name = "accepted_on", nullable = false)
	private LocalDate acceptedOn;

	@Column(name = "accepted_by", nullable = false)
	private long acceptedBy;

	private Integer score;

	private String evidence;

	protected KnowledgeProof() {
	}

	KnowledgeProof(long repId, String itemCode, String proof, LocalDate acceptedOn, long acceptedBy, Integer score,
			String evidence) {
		this.repId = repId;
		this.itemCode = itemCode;
		this.proof = proof;
		this.acceptedOn = acceptedOn;
		this.acceptedBy = acceptedBy;
		this.score = score;
		this.evidence = evidence;
	}

	public long getRepId() {
		return this.repId;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public String getProof() {
		return this.proof;
	}

	public LocalDate getAcceptedOn() {
		return this.acceptedOn;
	}

	public long getAcceptedBy() {
		return this.acceptedBy;
	}

	public Integer getScore() {
		return this.score;
	}

	public String getEvidence() {
		return this.evidence;
	}

}
