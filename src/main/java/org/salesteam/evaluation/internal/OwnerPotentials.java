package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.salesteam.customer.Customers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The annual potential of each rep's customers for the scorecard's potential capture,
 * kept as briefly as the KPI engine's customer figures
 * ({@code salesteam.performance.cache.customer-ttl}, default 10 seconds; ADR 0015): a
 * change of a customer's potential or owner shows within that time. At scale L the sum
 * reads every customer (200,000), which a scorecard viewed again would otherwise pay on
 * every view (ADR 0055).
 */
@Component
class OwnerPotentials {

	private final Customers customers;

	private final Cache<List<Long>, Map<Long, BigDecimal>> kept;

	OwnerPotentials(Customers customers, @Value("${salesteam.performance.cache.customer-ttl:PT10S}") Duration ttl) {
		this.customers = customers;
		this.kept = Caffeine.newBuilder().maximumSize(32).expireAfterWrite(ttl).build();
	}

	/**
	 * Owner id → the summed annual potential of their customers (owners without: absent).
	 */
	Map<Long, BigDecimal> of(List<Long> ownerIds) {
		return this.kept.get(List.copyOf(ownerIds), this.customers::potentialByOwner);
	}

}
