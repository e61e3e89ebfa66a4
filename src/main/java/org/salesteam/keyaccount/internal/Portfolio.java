package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;

/**
 * A key-account portfolio (重点客户组合) for a year and a scope, owned by the manager or
 * director who runs its analysis. Its accounts, factors and scores are rows of their own
 * ({@link PortfolioRows}).
 */
@Entity
@Table(name = "ka_portfolio")
public class Portfolio extends AbstractAggregate {

	/** The default attractiveness cut between the upper and the lower boxes. */
	public static final BigDecimal DEFAULT_CUT = new BigDecimal("5.00");

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "portfolio_year", nullable = false)
	private int year;

	@Column(nullable = false, length = 100)
	private String scope;

	@Column(nullable = false, precision = 4, scale = 2)
	private BigDecimal cut = DEFAULT_CUT;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	/**
	 * The day the portfolio was locked as the year's snapshot; {@code null} while open.
	 */
	@Column(name = "locked_on")
	private LocalDate lockedOn;

	@Column(name = "locked_by")
	private Long lockedBy;

	protected Portfolio() {
	}

	Portfolio(String name, int year, String scope, long ownerId) {
		this.name = name.trim();
		this.year = year;
		this.scope = scope.trim();
		this.ownerId = ownerId;
	}

	public String getName() {
		return this.name;
	}

	public int getYear() {
		return this.year;
	}

	public String getScope() {
		return this.scope;
	}

	public BigDecimal getCut() {
		return this.cut;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getLockedOn() {
		return this.lockedOn;
	}

	public Long getLockedBy() {
		return this.lockedBy;
	}

	public boolean isLocked() {
		return this.lockedOn != null;
	}

	void lock(LocalDate on, long by) {
		this.lockedOn = on;
		this.lockedBy = by;
	}

	void unlock() {
		this.lockedOn = null;
		this.lockedBy = null;
	}

}
