package org.salesteam.product;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Bulk reads and writes of products for file imports, as JDBC batches in the caller's
 * transaction (products are reference data: the caller has checked the user's rights).
 * Codes are upper case. Optimistic locking holds: a product changed by someone else since
 * it was read fails the write.
 */
public interface ProductImports {

	/** A stored product as an import compares it with a file's row. */
	record StoredProduct(long id, int version, ProductData data) {
	}

	/** New data for a stored product. */
	record ProductChange(StoredProduct stored, ProductData data) {
	}

	/** The stored products with these codes, by code. */
	Map<String, StoredProduct> findProducts(Collection<String> codes);

	/** Registers the products; answers their ids by code. */
	Map<String, Long> createProducts(List<ProductData> products);

	/** Writes the changes; each product's version goes up by one. */
	void changeProducts(List<ProductChange> changes);

}
