package org.salesteam.scale.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Random;

/**
 * The product catalogue of the generated company, with prices as integers of 1/10,000
 * yuan so that line amounts are computed exactly; each segment favours four products.
 */
final class Products {

	private final long[] ids;

	private final long[] prices;

	private final long[] costs;

	private Products(int size) {
		this.ids = new long[size];
		this.prices = new long[size];
		this.costs = new long[size];
	}

	static Products write(Ids ids, RowSink sink, OffsetDateTime created) {
		Products products = new Products(Words.PRODUCTS.size());
		for (int i = 0; i < Words.PRODUCTS.size(); i++) {
			String[] p = Words.PRODUCTS.get(i);
			BigDecimal price = new BigDecimal(p[3]).setScale(4);
			BigDecimal cost = new BigDecimal(p[4]).setScale(4);
			products.ids[i] = ids.next();
			products.prices[i] = price.unscaledValue().longValueExact();
			products.costs[i] = cost.unscaledValue().longValueExact();
			sink.row(Table.PRODUCT, products.ids[i], 0, String.format("GP-%03d", i + 1), p[0], p[1], p[2], price, cost,
					true, created);
		}
		return products;
	}

	/**
	 * A product index: six in ten from the segment's four, the rest from the whole
	 * catalogue.
	 */
	int pick(Random random, int segment) {
		if (random.nextInt(10) < 6) {
			return (segment * 4 + random.nextInt(4)) % this.ids.length;
		}
		return random.nextInt(this.ids.length);
	}

	long id(int product) {
		return this.ids[product];
	}

	long price4(int product) {
		return this.prices[product];
	}

	long cost4(int product) {
		return this.costs[product];
	}

}
