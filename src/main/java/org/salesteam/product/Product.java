package org.salesteam.product;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * 产品: a product the company sells. An inactive product stays on old orders but is not
 * offered for new ones.
 */
@Entity
@Audited("product")
@Table(name = "product")
public class Product extends AbstractAggregate {

	@Column(nullable = false, length = 32)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 50)
	private String category;

	@Column(nullable = false, length = 20)
	private String unit;

	@Column(name = "list_price", nullable = false, precision = 19, scale = 4)
	private BigDecimal listPrice;

	@Column(name = "standard_cost", nullable = false, precision = 19, scale = 4)
	private BigDecimal standardCost;

	private boolean active = true;

	protected Product() {
	}

	public Product(ProductData data) {
		describe(data);
	}

	public void describe(ProductData data) {
		this.code = data.code();
		this.name = data.name();
		this.category = data.category();
		this.unit = data.unit();
		this.listPrice = data.listPrice();
		this.standardCost = data.standardCost();
		this.active = data.active();
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getCategory() {
		return this.category;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getListPrice() {
		return this.listPrice;
	}

	public BigDecimal getStandardCost() {
		return this.standardCost;
	}

	public boolean isActive() {
		return this.active;
	}

}
