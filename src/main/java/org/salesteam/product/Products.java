package org.salesteam.product;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product module's API for other modules. Products are company-wide reference data:
 * no visibility applies.
 */
public interface Products {

	/** What other modules need to know of a product. */
	record ProductSummary(long id, String code, String name, String category, String unit, BigDecimal listPrice,
			BigDecimal standardCost, boolean active) {
	}

	Optional<ProductSummary> find(long productId);

	/** The products with these ids, by id; unknown ids are left out. */
	Map<Long, ProductSummary> findAll(Collection<Long> productIds);

	/** Active products, by category and name, to choose from on forms. */
	List<ProductSummary> active();

}
