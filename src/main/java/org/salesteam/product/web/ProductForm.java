package org.salesteam.product.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.product.Product;
import org.salesteam.product.ProductData;

/** The product form of the pages. */
class ProductForm {

	@NotBlank(message = "{product.validation.required}")
	@Size(max = 32, message = "{product.validation.tooLong}")
	@Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{product.validation.code}")
	private String code;

	@NotBlank(message = "{product.validation.required}")
	@Size(max = 200, message = "{product.validation.tooLong}")
	private String name;

	@NotBlank(message = "{product.validation.required}")
	@Size(max = 50, message = "{product.validation.tooLong}")
	private String category;

	@NotBlank(message = "{product.validation.required}")
	@Size(max = 20, message = "{product.validation.tooLong}")
	private String unit;

	@NotNull(message = "{product.validation.required}")
	@DecimalMin(value = "0", message = "{product.validation.notNegative}")
	@Digits(integer = 15, fraction = 4, message = "{product.validation.price}")
	private BigDecimal listPrice;

	@NotNull(message = "{product.validation.required}")
	@DecimalMin(value = "0", message = "{product.validation.notNegative}")
	@Digits(integer = 15, fraction = 4, message = "{product.validation.price}")
	private BigDecimal standardCost;

	private boolean active = true;

	private int version;

	static ProductForm from(Product product) {
		ProductForm form = new ProductForm();
		form.code = product.getCode();
		form.name = product.getName();
		form.category = product.getCategory();
		form.unit = product.getUnit();
		form.listPrice = product.getListPrice();
		form.standardCost = product.getStandardCost();
		form.active = product.isActive();
		form.version = product.getVersion();
		return form;
	}

	ProductData toData() {
		return new ProductData(this.code, this.name, this.category, this.unit, this.listPrice, this.standardCost,
				this.active);
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

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getListPrice() {
		return this.listPrice;
	}

	public void setListPrice(BigDecimal listPrice) {
		this.listPrice = listPrice;
	}

	public BigDecimal getStandardCost() {
		return this.standardCost;
	}

	public void setStandardCost(BigDecimal standardCost) {
		this.standardCost = standardCost;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
