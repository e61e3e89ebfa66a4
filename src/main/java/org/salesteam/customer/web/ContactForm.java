package org.salesteam.customer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.salesteam.customer.Attitude;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.Contact;

/** The contact form of the pages. */
class ContactForm {

	@NotBlank(message = "{customer.validation.required}")
	@Size(max = 100, message = "{customer.validation.max.contact.name}")
	private String name;

	@Size(max = 100, message = "{customer.validation.max.contact.title}")
	private String title;

	@Size(max = 100, message = "{customer.validation.max.contact.department}")
	private String department;

	@Size(max = 30, message = "{customer.validation.max.contact.mobile}")
	private String mobile;

	@Size(max = 30, message = "{customer.validation.max.contact.officePhone}")
	private String officePhone;

	@Email(message = "{customer.validation.email}")
	@Size(max = 200, message = "{customer.validation.max.contact.email}")
	private String email;

	@Size(max = 100, message = "{customer.validation.max.contact.wechat}")
	private String wechat;

	private BuyingRole buyingRole;

	private Attitude attitude;

	@Min(value = 1, message = "{contact.error.influence}")
	@Max(value = 5, message = "{contact.error.influence}")
	private int influence = 3;

	private Long reportsToId;

	@Size(max = 2000, message = "{customer.validation.max.contact.notes}")
	private String notes;

	private int version;

	static ContactForm from(Contact contact) {
		ContactForm form = new ContactForm();
		form.name = contact.getName();
		form.title = contact.getTitle();
		form.department = contact.getDepartment();
		form.mobile = contact.getMobile();
		form.officePhone = contact.getOfficePhone();
		form.email = contact.getEmail();
		form.wechat = contact.getWechat();
		form.buyingRole = contact.getBuyingRole();
		form.attitude = contact.getAttitude();
		form.influence = contact.getInfluence();
		form.reportsToId = contact.getReportsToId();
		form.notes = contact.getNotes();
		form.version = contact.getVersion();
		return form;
	}

	Contact.Details toDetails() {
		return new Contact.Details(this.name, CustomerForm.blankToNull(this.title),
				CustomerForm.blankToNull(this.department), CustomerForm.blankToNull(this.mobile),
				CustomerForm.blankToNull(this.officePhone), CustomerForm.blankToNull(this.email),
				CustomerForm.blankToNull(this.wechat), this.buyingRole, this.attitude, this.influence, this.reportsToId,
				CustomerForm.blankToNull(this.notes));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getOfficePhone() {
		return this.officePhone;
	}

	public void setOfficePhone(String officePhone) {
		this.officePhone = officePhone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWechat() {
		return this.wechat;
	}

	public void setWechat(String wechat) {
		this.wechat = wechat;
	}

	public BuyingRole getBuyingRole() {
		return this.buyingRole;
	}

	public void setBuyingRole(BuyingRole buyingRole) {
		this.buyingRole = buyingRole;
	}

	public Attitude getAttitude() {
		return this.attitude;
	}

	public void setAttitude(Attitude attitude) {
		this.attitude = attitude;
	}

	public int getInfluence() {
		return this.influence;
	}

	public void setInfluence(int influence) {
		this.influence = influence;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public void setReportsToId(Long reportsToId) {
		this.reportsToId = reportsToId;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
