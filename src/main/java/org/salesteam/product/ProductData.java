package org.salesteam.product;

import java.math.BigDecimal;
import java.util.Locale;

/** The data of a product as a user enters it; the code is kept in upper case. */
public record ProductData(String code, String name, String category, String unit, BigDecimal listPrice,
		BigDecimal standardCost, boolean active) {

	public ProductData {
		code = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : null;
		name = (name != null) ? name.trim() : null;
		category = (category != null) ? category.trim() : null;
		unit = (unit != null) ? unit.trim() : null;
		listPrice = (listPrice != null) ? listPrice : BigDecimal.ZERO;
		standardCost = (standardCost != null) ? standardCost : BigDecimal.ZERO;
	}

}
