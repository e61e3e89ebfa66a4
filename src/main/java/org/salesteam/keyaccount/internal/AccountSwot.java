package org.salesteam.keyaccount.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * The account analysis' SWOT of one customer (重点客户分析) and the competitors at the account
 * with their estimated share of wallet, checked by {@link AccountSwotEditing} before it
 * is written; one per customer, changed in place and audited (ADR 0048).
 */
@Entity
@Table(name = "ka_account_swot")
@Audited("accountSwot")
public class AccountSwot extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(length = 2000)
	private String strengths;

	@Column(length = 2000)
	private String weaknesses;

	@Column(length = 2000)
	private String opportunities;

	@Column(length = 2000)
	private String threats;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ka_account_competitor", joinColumns = @JoinColumn(name = "swot_id"))
	@OrderColumn(name = "position")
	private List<CompetitorShare> competitors = new ArrayList<>();

	@Column(name = "updated_on", nullable = false)
	private LocalDate updatedOn;

	@Column(name = "updated_by", nullable = false)
	private Long updatedBy;

	protected AccountSwot() {
	}

	AccountSwot(long customerId) {
		this.customerId = customerId;
	}

	/** Replaces everything; the caller has checked it. */
	void write(AccountSwotEditing.Swot swot, List<CompetitorShare> competitors, LocalDate on, long by) {
		this.strengths = swot.strengths();
		this.weaknesses = swot.weaknesses();
		this.opportunities = swot.opportunities();
		this.threats = swot.threats();
		this.competitors.clear();
		this.competitors.addAll(competitors);
		this.updatedOn = on;
		this.updatedBy = by;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public String getWeaknesses() {
		return this.weaknesses;
	}

	public String getOpportunities() {
		return this.opportunities;
	}

	public String getThreats() {
		return this.threats;
	}

	public List<CompetitorShare> getCompetitors() {
		return List.copyOf(this.competitors);
	}

	public LocalDate getUpdatedOn() {
		return this.updatedOn;
	}

	public Long getUpdatedBy() {
		return this.updatedBy;
	}

}
