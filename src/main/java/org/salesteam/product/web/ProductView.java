package org.salesteam.product.web;

import java.math.BigDecimal;

import org.salesteam.product.Product;

/** A product as the API shows it; {@code version} goes back with a change. */
record ProductView(long id, int version, String code, String name, String category, String unit, BigDecimal listPrice,
		BigDecimal standardCost, boolean active) {

	static ProductView of(Product p) {
		return new ProductView(p.getId(), p.getVersion(), p.getCode(), p.getName(), p.getCategory(), p.getUnit(),
				p.getListPrice(), p.getStandardCost(), p.isActive());
	}

}
