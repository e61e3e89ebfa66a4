package org.salesteam.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Transient;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * 客户: a company we sell to or want to sell to. Owned by one rep, or by nobody while it
 * sits in the pool (公海). Its lifecycle and class change only through the methods below,
 * which guard the rules; ownership and lifecycle changes are published as events when the
 * customer is saved.
 */
@Audited("customer")
@Entity
@Table(name = "customer")
public class Customer extends AbstractAggregate {

	@Column(nullable = false, length = 32)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 100)
	private String industry;

	@Enumerated(EnumType.STRING)
	@Column(name = "enterprise_type", length = 20)
	private EnterpriseType enterpriseType;

	@Column(name = "segment_id")
	private Long segmentId;

	@Column(name = "territory_id")
	private Long territoryId;

	@Column(length = 50)
	private String province;

	@Column(length = 50)
	private String city;

	@Column(length = 300)
	private String address;

	@Enumerated(EnumType.STRING)
	@Column(name = "company_size", length = 20)
	private CompanySize size;

	@Column(nullable = false, precision = 15, scale = 2)
	private BigDecimal potential = BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private CustomerSource source;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "owned_since")
	private LocalDate ownedSince;

	@Column(name = "pooled_on")
	private LocalDate pooledOn;

	@Column(name = "former_owner_id")
	private Long formerOwnerId;

	@Column(name = "key_account")
	private boolean keyAccount;

	/** The parent of a subsidiary or plant (group structure); {@code null} for none. */
	@Column(name = "parent_customer_id")
	private Long parentCustomerId;

	@Column(name = "credit_limit", nullable = false, precision = 15, scale = 2)
	private BigDecimal creditLimit = BigDecimal.ZERO;

	@Column(name = "payment_terms_days", nullable = false)
	private int paymentTermsDays;

	@Column(length = 2000)
	private String notes;

	/** 统一社会信用代码, as {@link CompanyNames#taxId} writes it. */
	@Column(name = "tax_id", length = 18)
	private String taxId;

	@Column(length = 30)
	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CustomerStatus status = CustomerStatus.PROSPECT;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "customer_class", nullable = false, length = 1)
	private CustomerClass customerClass;

	@Column(name = "class_overridden")
	private boolean classOverridden;

	@Column(name = "first_order_date")
	private LocalDate firstOrderDate;

	@Column(name = "lost_date")
	private LocalDate lostDate;

	@Column(name = "lost_reason", length = 500)
	private String lostReason;

	@Column(name = "last_activity_date")
	private LocalDate lastActivityDate;

	@Column(name = "qualified_on")
	private LocalDate qualifiedOn;

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Customer() {
	}

	/**
	 * A new prospect with its computed class, owned by {@code ownerId} from {@code on},
	 * or in the pool when {@code ownerId} is null.
	 */
	public Customer(CustomerProfile profile, CustomerClass initialClass, Long ownerId, LocalDate on) {
		describe(profile);
		this.customerClass = Objects.requireNonNull(initialClass);
		this.ownerId = ownerId;
		if (ownerId != null) {
			this.ownedSince = on;
		}
		else {
			this.pooledOn = on;
		}
	}

	/**
	 * Replaces the descriptive data; the class is left to {@link #applyAutomaticClass}.
	 */
	public void describe(CustomerProfile profile) {
		this.code = profile.code();
		this.name = profile.name();
		this.industry = profile.industry();
		this.enterpriseType = profile.enterpriseType();
		this.segmentId = profile.segmentId();
		this.territoryId = profile.territoryId();
		this.province = profile.province();
		this.city = profile.city();
		this.address = profile.address();
		this.size = profile.size();
		this.potential = profile.potential();
		this.source = profile.source();
		this.keyAccount = profile.keyAccount();
		this.creditLimit = profile.creditLimit();
		this.paymentTermsDays = profile.paymentTermsDays();
		this.notes = profile.notes();
		this.taxId = profile.taxId();
		this.phone = profile.phone();
	}

	/**
	 * Takes the class computed from the potential, unless a manager has overridden it.
	 * @return the change, empty when the class stays
	 */
	public Optional<ClassChange> applyAutomaticClass(CustomerClass computed) {
		if (this.classOverridden || computed == this.customerClass) {
			return Optional.empty();
		}
		return Optional.of(changeClass(computed));
	}

	/**
	 * A manager's decision on the class, which automatic classification then leaves
	 * alone. A reason is required.
	 * @return the change, empty when the class stays (the override is still recorded)
	 */
	public Optional<ClassChange> overrideClass(CustomerClass decided, String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.onField("reason", "customer.error.reasonRequired");
		}
		this.classOverridden = true;
		if (decided == this.customerClass) {
			return Optional.empty();
		}
		return Optional.of(changeClass(Objects.requireNonNull(decided)));
	}

	private ClassChange changeClass(CustomerClass to) {
		ClassChange change = new ClassChange(this.customerClass, to);
		this.customerClass = to;
		return change;
	}

	/**
	 * The first non-cancelled order: a prospect becomes active. Repeated calls change
	 * nothing; a lost customer must be reactivated first.
	 */
	public void recordFirstOrder(LocalDate on) {
		if (this.status == CustomerStatus.LOST) {
			throw new BusinessRuleException("customer.error.lostCustomer");
		}
		recordActivity(on);
		if (this.firstOrderDate != null) {
			if (on.isBefore(this.firstOrderDate)) {
				// a backdated order (e.g. imported history) is the real first one; the
				// customer became active already, so nothing is published again
				this.firstOrderDate = on;
			}
			return;
		}
		this.firstOrderDate = on;
		if (this.status == CustomerStatus.PROSPECT) {
			this.status = CustomerStatus.ACTIVE;
			this.events.add(new ProspectConverted(getId(), this.ownerId, on, this.qualifiedOn != null));
		}
	}

	/**
	 * The outcome of a qualification against the criteria (资格审核) on {@code on}: a passed
	 * one makes the prospect qualified from that day, a failed one withdraws an earlier
	 * pass. Only prospects are qualified.
	 */
	public void recordQualification(boolean qualified, LocalDate on) {
		if (this.status != CustomerStatus.PROSPECT) {
			throw new BusinessRuleException("qualification.error.notProspect");
		}
		this.qualifiedOn = qualified ? Objects.requireNonNull(on) : null;
	}

	/** The day the prospect passed its latest qualification, or null. */
	public LocalDate getQualifiedOn() {
		return this.qualifiedOn;
	}

	/**
	 * An order was cancelled: the first order is now the earliest one still placed, or
	 * none. A customer left without any placed order goes back from ACTIVE to PROSPECT
	 * (the first non-cancelled order is what made it active); DORMANT and LOST customers
	 * keep their status.
	 * @param earliestRemaining the earliest order date still placed, or {@code null} when
	 * none is left
	 */
	public void withdrawOrder(LocalDate earliestRemaining) {
		this.firstOrderDate = earliestRemaining;
		if (earliestRemaining == null && this.status == CustomerStatus.ACTIVE) {
			this.status = CustomerStatus.PROSPECT;
		}
	}

	public void recordActivity(LocalDate on) {
		if (this.lastActivityDate == null || on.isAfter(this.lastActivityDate)) {
			this.lastActivityDate = on;
		}
	}

	/** An active customer that has stopped buying for now (休眠). */
	public void markDormant() {
		if (this.status != CustomerStatus.ACTIVE) {
			throw new BusinessRuleException("customer.error.notActive");
		}
		this.status = CustomerStatus.DORMANT;
	}

	/**
	 * The customer is lost (流失), with the reason; a lost customer stays lost until
	 * reactivated.
	 */
	public void markLost(String reason, LocalDate on) {
		if (this.status == CustomerStatus.LOST) {
			throw new BusinessRuleException("customer.error.alreadyLost");
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.onField("reason", "customer.error.reasonRequired");
		}
		this.status = CustomerStatus.LOST;
		this.lostDate = Objects.requireNonNull(on);
		this.lostReason = reason.trim();
		this.events.add(new CustomerLost(getId(), this.ownerId, this.lostReason, on));
	}

	/**
	 * A dormant or lost customer is back: active again if it has ever ordered, otherwise
	 * a prospect.
	 */
	public void reactivate() {
		if (this.status != CustomerStatus.DORMANT && this.status != CustomerStatus.LOST) {
			throw new BusinessRuleException("customer.error.notInactive");
		}
		this.status = (this.firstOrderDate != null) ? CustomerStatus.ACTIVE : CustomerStatus.PROSPECT;
		this.lostDate = null;
		this.lostReason = null;
	}

	/** A rep takes the customer from the pool. */
	public void claim(long repId, LocalDate on) {
		if (this.ownerId != null) {
			throw new BusinessRuleException("customer.error.notInPool");
		}
		takeOver(repId, on);
	}

	/**
	 * A manager gives the customer to another rep; giving it to its owner changes
	 * nothing.
	 */
	public void transferTo(long repId, LocalDate on) {
		if (!Objects.equals(this.ownerId, repId)) {
			takeOver(repId, on);
		}
	}

	private void takeOver(long repId, LocalDate on) {
		Long from = this.ownerId;
		this.ownerId = repId;
		this.ownedSince = on;
		this.pooledOn = null;
		this.events.add(new CustomerTransferred(getId(), from, repId, on));
	}

	/** Back to the pool, for lack of activity. */
	public void returnToPool(LocalDate on) {
		if (this.ownerId == null) {
			throw new BusinessRuleException("customer.error.notOwned");
		}
		long former = this.ownerId;
		this.formerOwnerId = former;
		this.ownerId = null;
		this.ownedSince = null;
		this.pooledOn = on;
		this.events.add(new CustomerReturnedToPool(getId(), former, on));
	}

	/**
	 * The day the idle period counts from: the last activity, or the day the owner got
	 * the customer if that is later.
	 */
	public LocalDate idleSince() {
		if (this.lastActivityDate == null) {
			return this.ownedSince;
		}
		if (this.ownedSince == null || this.lastActivityDate.isAfter(this.ownedSince)) {
			return this.lastActivityDate;
		}
		return this.ownedSince;
	}

	@DomainEvents
	List<Object> domainEvents() {
		return List.copyOf(this.events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		this.events.clear();
	}

	public boolean isInPool() {
		return this.ownerId == null;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getIndustry() {
		return this.industry;
	}

	public EnterpriseType getEnterpriseType() {
		return this.enterpriseType;
	}

	public Long getSegmentId() {
		return this.segmentId;
	}

	public Long getTerritoryId() {
		return this.territoryId;
	}

	public String getProvince() {
		return this.province;
	}

	public String getCity() {
		return this.city;
	}

	public String getAddress() {
		return this.address;
	}

	public CompanySize getSize() {
		return this.size;
	}

	public BigDecimal getPotential() {
		return this.potential;
	}

	public CustomerSource getSource() {
		return this.source;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getOwnedSince() {
		return this.ownedSince;
	}

	public LocalDate getPooledOn() {
		return this.pooledOn;
	}

	public Long getFormerOwnerId() {
		return this.formerOwnerId;
	}

	/** The key-account designation's decision (keyaccount module, ADR 0035). */
	public void markKeyAccount(boolean keyAccount) {
		this.keyAccount = keyAccount;
	}

	public boolean isKeyAccount() {
		return this.keyAccount;
	}

	public Long getParentCustomerId() {
		return this.parentCustomerId;
	}

	public BigDecimal getCreditLimit() {
		return this.creditLimit;
	}

	public int getPaymentTermsDays() {
		return this.paymentTermsDays;
	}

	public String getTaxId() {
		return this.taxId;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getNotes() {
		return this.notes;
	}

	public CustomerStatus getStatus() {
		return this.status;
	}

	public CustomerClass getCustomerClass() {
		return this.customerClass;
	}

	public boolean isClassOverridden() {
		return this.classOverridden;
	}

	public LocalDate getFirstOrderDate() {
		return this.firstOrderDate;
	}

	public LocalDate getLostDate() {
		return this.lostDate;
	}

	public String getLostReason() {
		return this.lostReason;
	}

	public LocalDate getLastActivityDate() {
		return this.lastActivityDate;
	}

}
