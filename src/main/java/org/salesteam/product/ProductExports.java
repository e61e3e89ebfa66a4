package org.salesteam.product;

import java.util.function.Consumer;

import org.salesteam.product.Products.ProductSummary;

/**
 * The product list row by row, for exports: the list's filters in SQL, streamed with a
 * fetch size in one read-only transaction. Products are company-wide: no visibility.
 */
public interface ProductExports {

	/**
	 * The product list's filters; {@code sort} is one of the list's sort keys, anything
	 * else sorts by category.
	 */
	record Criteria(String q, String category, Boolean active, String sort, boolean descending) {

		public static Criteria everything() {
			return new Criteria(null, null, null, "code", false);
		}

	}

	/** The matching products, in the list's order. */
	void products(Criteria criteria, Consumer<ProductSummary> sink);

}
