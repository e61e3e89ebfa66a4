package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * A main competitor's estimated yearly loss rate in per cent for one year (比较竞争对手的客户保持),
 * with where the estimate comes from (a trade association, a customer who switched, a
 * former employee…); every change is in the audit trail.
 */
@Entity
@Audited("competitorEstimate")
@Table(name = "retention_competitor_estimate")
public class CompetitorEstimate extends AbstractAggregate {

	@Column(name = "estimate_year", nullable = false)
	private int estimateYear;

	@Column(name = "competitor", nullable = false, length = 100)
	private String competitor;

	@Column(name = "competitor_key", nullable = false, length = 100)
	private String competitorKey;

	@Column(name = "loss_rate", nullable = false, precision = 5, scale = 1)
	private BigDecimal lossRate;

	@Column(name = "source", length = 300)
	private String source;

	@Column(name = "recorded_by", nullable = false)
	private long recordedBy;

	@Column(name = "recorded_on", nullable = false)
	private LocalDate recordedOn;

	protected CompetitorEstimate() {
	}

	CompetitorEstimate(int estimateYear, String competitor, BigDecimal lossRate, String source, long recordedBy,
			LocalDate recordedOn) {
		this.estimateYear = estimateYear;
		change(competitor, lossRate, source, recordedBy, recordedOn);
	}

	/** The key one competitor has once a year: lower case, without spaces. */
	static String key(String competitor) {
		return competitor.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	void change(String competitor, BigDecimal lossRate, String source, long recordedBy, LocalDate recordedOn) {
		this.competitor = competitor;
		this.competitorKey = key(competitor);
		this.lossRate = lossRate;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedOn = recordedOn;
	}

	public int getEstimateYear() {
		return this.estimateYear;
	}

	public String getCompetitor() {
		return this.competitor;
	}

	public String getCompetitorKey() {
		return this.competitorKey;
	}

	public BigDecimal getLossRate() {
		return this.lossRate;
	}

	public String getSource() {
		return this.source;
	}

	public long getRecordedBy() {
		return this.recordedBy;
	}

	public LocalDate getRecordedOn() {
		return this.recordedOn;
	}

}
