package org.salesteam.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Base of every aggregate root: an id from the application's single sequence
 * {@code app_seq}, an optimistic-lock version (no lost updates) and the creation instant.
 * Equality is by id once persisted.
 */
@MappedSuperclass
public abstract class AbstractAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_seq")
	@SequenceGenerator(name = "app_seq", sequenceName = "app_seq", allocationSize = 50)
	private Long id;

	@Version
	private int version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@PrePersist
	void onCreate() {
		if (this.createdAt == null) {
			this.createdAt = Instant.now();
		}
	}

	public Long getId() {
		return this.id;
	}

	public int getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isNew() {
		return this.id == null;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || getClass() != other.getClass()) {
			return false;
		}
		return this.id != null && this.id.equals(((AbstractAggregate) other).id);
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
