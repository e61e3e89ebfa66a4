package org.salesteam.coaching.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.BusinessRuleException;

/**
 * A file a rep uploaded as the ARTIFACT proof of a knowledge item (ADR 0045): SUBMITTED
 * until the rep's coach accepts or rejects it (with a note); the first decision stands.
 * The content (at most 5 MB, {@link ArtifactRules}) is kept in the row.
 */
@Entity
@Table(name = "knowledge_artifact")
public class KnowledgeArtifact extends AbstractAggregate {

	/** Where an artifact stands. */
	public enum Status {

		SUBMITTED, ACCEPTED, REJECTED

	}

	@Column(name = "rep_id", nullable = false)
	private long repId;

	@Column(name = "item_code", nullable = false, length = 40)
	private String itemCode;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private int sizeBytes;

	@Column(nullable = false)
	private byte[] content;

	@Column(nullable = false, length = 10)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Status status = Status.SUBMITTED;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	private String note;

	protected KnowledgeArtifact() {
	}

	KnowledgeArtifact(long repId, String itemCode, String fileName, String contentType, byte[] content) {
		this.repId = repId;
		this.itemCode = itemCode;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
	}

	/** The coach's decision; a rejection needs a note (422), a second decision is 422. */
	void decide(boolean accept, String note, long coachId, LocalDate today) {
		if (this.status != Status.SUBMITTED) {
			throw BusinessRuleException.onField("accept", "coaching.artifact.error.decided");
		}
		if (!accept && (note == null || note.isBlank())) {
			throw BusinessRuleException.onField("note", "coaching.validation.required");
		}
		if (note != null && note.trim().length() > 500) {
			throw BusinessRuleException.onField("note", "coaching.validation.tooLong", 500);
		}
		this.status = accept ? Status.ACCEPTED : Status.REJECTED;
		this.note = (note == null || note.isBlank()) ? null : note.trim();
		this.decidedBy = coachId;
		this.decidedOn = today;
	}

	public long getRepId() {
		return this.repId;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public int getSizeBytes() {
		return this.sizeBytes;
	}

	public byte[] getContent() {
		return this.content;
	}

	public Status getStatus() {
		return this.status;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public String getNote() {
		return this.note;
	}

}
