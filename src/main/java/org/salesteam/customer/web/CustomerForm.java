package org.salesteam.customer.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.customer.CompanySize;
import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerProfile;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.EnterpriseType;

/** The customer form of the pages; never the entity itself. */
class CustomerForm {

	/** Blank: the next automatic code; only an admin's code is kept. */
	@Size(max = 32, message = "{customer.validation.max.code}")
	@Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{customer.validation.code}")
	private String code;

	@NotBlank(message = "{customer.validation.required}")
	@Size(max = 200, message = "{customer.validation.max.name}")
	private String name;

	@Size(max = 100, message = "{customer.validation.max.industry}")
	private String industry;

	private EnterpriseType enterpriseType;

	private Long segmentId;

	private Long territoryId;

	@Size(max = 50, message = "{customer.validation.max.province}")
	private String province;

	@Size(max = 50, message = "{customer.validation.max.city}")
	private String city;

	@Size(max = 300, message = "{customer.validation.max.address}")
	private String address;

	private CompanySize size;

	@NotNull(message = "{customer.validation.required}")
	@DecimalMin(value = "0", message = "{customer.validation.notNegative}")
	@Digits(integer = 13, fraction = 2, message = "{customer.validation.amount}")
	private BigDecimal potential = BigDecimal.ZERO;

	private CustomerSource source;

	private boolean keyAccount;

	@NotNull(message = "{customer.validation.required}")
	@DecimalMin(value = "0", message = "{customer.validation.notNegative}")
	@Digits(integer = 13, fraction = 2, message = "{customer.validation.amount}")
	private BigDecimal creditLimit = BigDecimal.ZERO;

	@Min(value = 0, message = "{customer.validation.notNegative}")
	@Max(value = 365, message = "{customer.validation.paymentTerms}")
	private int paymentTermsDays = 30;

	@Size(max = 2000, message = "{customer.validation.max.notes}")
	private String notes;

	@Size(max = 18, message = "{customer.validation.max.taxId}")
	@Pattern(regexp = "([0-9A-Za-z]{18})?", message = "{customer.validation.taxId}")
	private String taxId;

	@Size(max = 30, message = "{customer.validation.max.phone}")
	private String phone;

	/** The user saw the similar customers and registers anyway. */
	private boolean confirmDuplicate;

	private Long ownerId;

	private int version;

	static CustomerForm from(Customer customer) {
		CustomerForm form = new CustomerForm();
		form.code = customer.getCode();
		form.name = customer.getName();
		form.industry = customer.getIndustry();
		form.enterpriseType = customer.getEnterpriseType();
		form.segmentId = customer.getSegmentId();
		form.territoryId = customer.getTerritoryId();
		form.province = customer.getProvince();
		form.city = customer.getCity();
		form.address = customer.getAddress();
		form.size = customer.getSize();
		form.potential = customer.getPotential();
		form.source = customer.getSource();
		form.keyAccount = customer.isKeyAccount();
		form.creditLimit = customer.getCreditLimit();
		form.paymentTermsDays = customer.getPaymentTermsDays();
		form.notes = customer.getNotes();
		form.taxId = customer.getTaxId();
		form.phone = customer.getPhone();
		form.ownerId = customer.getOwnerId();
		form.version = customer.getVersion();
		return form;
	}

	CustomerProfile toProfile() {
		return new CustomerProfile(this.code, this.name, blankToNull(this.industry), this.enterpriseType,
				this.segmentId, this.territoryId, blankToNull(this.province), blankToNull(this.city),
				blankToNull(this.address), this.size, this.potential, this.source, this.keyAccount, this.creditLimit,
				this.paymentTermsDays, blankToNull(this.notes), this.taxId, this.phone);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIndustry() {
		return this.industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}

	public EnterpriseType getEnterpriseType() {
		return this.enterpriseType;
	}

	public void setEnterpriseType(EnterpriseType enterpriseType) {
		this.enterpriseType = enterpriseType;
	}

	public Long getSegmentId() {
		return this.segmentId;
	}

	public void setSegmentId(Long segmentId) {
		this.segmentId = segmentId;
	}

	public Long getTerritoryId() {
		return this.territoryId;
	}

	public void setTerritoryId(Long territoryId) {
		this.territoryId = territoryId;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public CompanySize getSize() {
		return this.size;
	}

	public void setSize(CompanySize size) {
		this.size = size;
	}

	public BigDecimal getPotential() {
		return this.potential;
	}

	public void setPotential(BigDecimal potential) {
		this.potential = potential;
	}

	public CustomerSource getSource() {
		return this.source;
	}

	public void setSource(CustomerSource source) {
		this.source = source;
	}

	public boolean isKeyAccount() {
		return this.keyAccount;
	}

	public void setKeyAccount(boolean keyAccount) {
		this.keyAccount = keyAccount;
	}

	public BigDecimal getCreditLimit() {
		return this.creditLimit;
	}

	public void setCreditLimit(BigDecimal creditLimit) {
		this.creditLimit = creditLimit;
	}

	public int getPaymentTermsDays() {
		return this.paymentTermsDays;
	}

	public void setPaymentTermsDays(int paymentTermsDays) {
		this.paymentTermsDays = paymentTermsDays;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getTaxId() {
		return this.taxId;
	}

	public void setTaxId(String taxId) {
		this.taxId = taxId;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isConfirmDuplicate() {
		return this.confirmDuplicate;
	}

	public void setConfirmDuplicate(boolean confirmDuplicate) {
		this.confirmDuplicate = confirmDuplicate;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
