package org.salesteam.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 联系人: a person at a customer, with their part in the buying decision (role, attitude,
 * influence) and whom they report to — the relationship map of the account.
 */
@Audited("contact")
@Entity
@Table(name = "contact")
public class Contact extends AbstractAggregate {

	/** What a user enters about a contact. */
	public record Details(String name, String title, String department, String mobile, String officePhone, String email,
			String wechat, BuyingRole buyingRole, Attitude attitude, int influence, Long reportsToId, String notes) {
	}

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(length = 100)
	private String title;

	@Column(length = 100)
	private String department;

	@Column(length = 30)
	private String mobile;

	@Column(name = "office_phone", length = 30)
	private String officePhone;

	@Column(length = 200)
	private String email;

	@Column(length = 100)
	private String wechat;

	@Enumerated(EnumType.STRING)
	@Column(name = "buying_role", length = 30)
	private BuyingRole buyingRole;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Attitude attitude;

	private int influence = 3;

	@Column(name = "reports_to_id")
	private Long reportsToId;

	@Column(length = 2000)
	private String notes;

	protected Contact() {
	}

	public Contact(long customerId, Details details) {
		this.customerId = customerId;
		describe(details);
	}

	/**
	 * Replaces what is known of the contact. Whom they report to is checked by the caller
	 * against the customer's other contacts (same customer, no cycle).
	 */
	public void describe(Details details) {
		if (details.influence() < 1 || details.influence() > 5) {
			throw BusinessRuleException.onField("influence", "contact.error.influence");
		}
		if (details.reportsToId() != null && details.reportsToId().equals(getId())) {
			throw BusinessRuleException.onField("reportsToId", "contact.error.reportsToCycle");
		}
		this.name = details.name().trim();
		this.title = details.title();
		this.department = details.department();
		this.mobile = details.mobile();
		this.officePhone = details.officePhone();
		this.email = details.email();
		this.wechat = details.wechat();
		this.buyingRole = details.buyingRole();
		this.attitude = details.attitude();
		this.influence = details.influence();
		this.reportsToId = details.reportsToId();
		this.notes = details.notes();
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public String getName() {
		return this.name;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDepartment() {
		return this.department;
	}

	public String getMobile() {
		return this.mobile;
	}

	public String getOfficePhone() {
		return this.officePhone;
	}

	public String getEmail() {
		return this.email;
	}

	public String getWechat() {
		return this.wechat;
	}

	public BuyingRole getBuyingRole() {
		return this.buyingRole;
	}

	public Attitude getAttitude() {
		return this.attitude;
	}

	public int getInfluence() {
		return this.influence;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public String getNotes() {
		return this.notes;
	}

}
