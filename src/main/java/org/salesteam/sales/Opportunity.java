package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 销售机会: a deal being worked through the handbook's stages, with its products, competitors
 * and the history of every stage move.
 */
@Entity
@Audited("opportunity")
@Table(name = "opportunity")
public class Opportunity extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false)
	private long customerId;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OpportunityStage stage;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal amount;

	@Column(name = "expected_close_date")
	private LocalDate expectedCloseDate;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "lost_reason", length = 500)
	private String lostReason;

	@Column(name = "winning_competitor", length = 100)
	private String winningCompetitor;

	@Column(length = 2000)
	private String notes;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "opportunity_line", joinColumns = @JoinColumn(name = "opportunity_id"))
	@OrderBy("lineNo")
	private List<OpportunityLine> lines = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "opportunity_competitor", joinColumns = @JoinColumn(name = "opportunity_id"))
	@Column(name = "name", length = 100)
	private Set<String> competitors = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "opportunity_stage_change", joinColumns = @JoinColumn(name = "opportunity_id"))
	@OrderBy("changeNo")
	private List<StageChange> history = new ArrayList<>();

	protected Opportunity() {
	}

	/** A new opportunity in the first stage, needs discovery. */
	public Opportunity(long customerId, Long ownerId, OpportunityData data, Instant at, Long by) {
		this.customerId = customerId;
		this.ownerId = ownerId;
		this.stage = OpportunityStage.NEEDS;
		describe(data);
		this.history.add(new StageChange(1, null, OpportunityStage.NEEDS, at, by));
	}

	/**
	 * Name, products, expected close and notes. The amount is the sum of the product
	 * lines whenever there are lines; the amount entered counts only for an opportunity
	 * without lines.
	 */
	public void describe(OpportunityData data) {
		if (data.name() == null || data.name().isEmpty()) {
			throw BusinessRuleException.onField("name", "sales.validation.required");
		}
		this.name = data.name();
		this.expectedCloseDate = data.expectedCloseDate();
		this.notes = data.notes();
		this.lines = new ArrayList<>();
		int lineNo = 0;
		for (OpportunityData.Line line : data.lines()) {
			this.lines
				.add(new OpportunityLine(++lineNo, line.productId(), line.quantity(), OrderLine.fen(line.amount())));
		}
		this.amount = this.lines.isEmpty() ? OrderLine.fen(data.amount()) : linesTotal();
		this.competitors = new HashSet<>(data.competitors());
	}

	/** The sum of the product lines' amounts (zero without lines). */
	public BigDecimal linesTotal() {
		return this.lines.stream().map(OpportunityLine::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/**
	 * Moves to another stage. Open stages move forward and back freely; a won or lost
	 * opportunity is reopened only when {@code mayReopen} (a manager); losing needs a
	 * reason. Winning or losing closes the deal {@code today} (the business day): both
	 * the close date and the expected close date become that day.
	 */
	public void moveTo(OpportunityStage to, String lostReason, String competitor, boolean mayReopen, LocalDate today,
			Instant at, Long by) {
		StageRules.check(this.stage, to, mayReopen);
		if (to == OpportunityStage.LOST && (lostReason == null || lostReason.isBlank())) {
			throw BusinessRuleException.onField("lostReason", "sales.opportunity.error.lostReason");
		}
		if ((lostReason != null && lostReason.trim().length() > 500)
				|| (competitor != null && competitor.trim().length() > 100)) {
			throw BusinessRuleException.onField("lostReason", "sales.validation.tooLong");
		}
		OpportunityStage from = this.stage;
		this.stage = Objects.requireNonNull(to);
		this.closedOn = to.isClosed() ? today : null;
		if (to.isClosed()) {
			// the deal closed today, whatever was expected
			this.expectedCloseDate = today;
		}
		this.lostReason = (to == OpportunityStage.LOST) ? lostReason.trim() : null;
		this.winningCompetitor = (to == OpportunityStage.LOST && competitor != null && !competitor.isBlank())
				? competitor.trim() : null;
		if (this.winningCompetitor != null) {
			this.competitors.add(this.winningCompetitor);
		}
		int next = this.history.stream().mapToInt(StageChange::getChangeNo).max().orElse(0) + 1;
		this.history.add(new StageChange(next, from, to, at, by));
	}

	/**
	 * The customer changed hands: an open opportunity follows it to the new owner; a
	 * closed one stays credited.
	 */
	public boolean followCustomerTo(long newOwnerId) {
		if (this.stage.isClosed() || java.util.Objects.equals(this.ownerId, newOwnerId)) {
			return false;
		}
		this.ownerId = newOwnerId;
		return true;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public String getName() {
		return this.name;
	}

	public OpportunityStage getStage() {
		return this.stage;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public LocalDate getExpectedCloseDate() {
		return this.expectedCloseDate;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public String getLostReason() {
		return this.lostReason;
	}

	public String getWinningCompetitor() {
		return this.winningCompetitor;
	}

	public String getNotes() {
		return this.notes;
	}

	public List<OpportunityLine> getLines() {
		return List.copyOf(this.lines);
	}

	public Set<String> getCompetitors() {
		return Set.copyOf(this.competitors);
	}

	public List<StageChange> getHistory() {
		return List.copyOf(this.history);
	}

}
