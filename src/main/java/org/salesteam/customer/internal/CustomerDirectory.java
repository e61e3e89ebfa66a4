package org.salesteam.customer.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerProfile;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.Customers;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Customers} for other modules. */
@Service
class CustomerDirectory implements Customers {

	private final CustomerRepository customers;

	private final ClassHistory history;

	private final CustomerEditing editing;

	private final ConversionHistory conversions;

	private final CustomerLifecycle lifecycle;

	private final Clock clock;

	private final ContactEditing contactEditing;

	CustomerDirectory(CustomerRepository customers, ClassHistory history, CustomerEditing editing,
			ConversionHistory conversions, CustomerLifecycle lifecycle, Clock clock, ContactEditing contactEditing) {
		this.contactEditing = contactEditing;
		this.lifecycle = lifecycle;
		this.customers = customers;
		this.conversions = conversions;
		this.history = history;
		this.editing = editing;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long registerProspect(UserPrincipal user, String name) {
		// the next automatic code; no duplicate check: the visit names its prospect on
		// the way
		return this.editing.register(user, prospect(name, CustomerSource.COLD_CALL), user.id()).getId();
	}

	@Override
	@Transactional
	public long registerReferral(UserPrincipal user, String name, Long ownerId) {
		try {
			return this.editing.register(user, prospect(name, CustomerSource.REFERRAL), ownerId, false).getId();
		}
		catch (DuplicateCustomerException ex) {
			throw org.salesteam.platform.BusinessRuleException.onField("name", "customer.error.referralDuplicate",
					name);
		}
	}

	/** A prospect known by name only: no potential (class C), the usual payment terms. */
	private static CustomerProfile prospect(String name, CustomerSource source) {
		return new CustomerProfile(null, name, null, null, null, null, null, null, null, null, BigDecimal.ZERO, source,
				false, BigDecimal.ZERO, 30, null);
	}

	@Override
	public void markLost(UserPrincipal user, long customerId, String reason) {
		this.lifecycle.markLost(user, customerId, reason);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CustomerSummary> find(long customerId) {
		return this.customers.findById(customerId).map(CustomerDirectory::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CustomerSummary> subsidiaries(long parentCustomerId) {
		return this.customers.findByParentCustomerIdOrderByName(parentCustomerId)
			.stream()
			.map(CustomerDirectory::summary)
			.toList();
	}

	@Override
	@Transactional
	public void recordActivity(long customerId, LocalDate on) {
		this.customers.findById(customerId).ifPresent((customer) -> {
			customer.recordActivity(on);
			this.customers.save(customer);
		});
	}

	@Override
	@Transactional
	public void recordFirstOrder(long customerId, LocalDate on) {
		Customer customer = this.customers.findById(customerId)
			.orElseThrow(() -> new org.salesteam.platform.NotFoundException(CustomerAccess.ENTITY, customerId));
		customer.recordFirstOrder(on);
		this.customers.save(customer);
	}

	@Override
	@Transactional
	public void recordOrderWithdrawn(long customerId, LocalDate earliestRemaining) {
		this.customers.findById(customerId).ifPresent((customer) -> {
			boolean wasActive = customer.getStatus() == org.salesteam.customer.CustomerStatus.ACTIVE;
			customer.withdrawOrder(earliestRemaining);
			this.customers.save(customer);
			if (wasActive && customer.getStatus() == org.salesteam.customer.CustomerStatus.PROSPECT) {
				this.conversions.withdrawn(customerId);
			}
		});
	}

	@Override
	public void placeContacts(UserPrincipal user, long customerId, List<ContactRole> roles) {
		this.contactEditing.placeOnMap(user, customerId, roles);
	}

	@Override
	@Transactional
	public void markKeyAccount(long customerId, boolean keyAccount) {
		Customer customer = this.customers.findById(customerId)
			.orElseThrow(() -> new org.salesteam.platform.NotFoundException(CustomerAccess.ENTITY, customerId));
		customer.markKeyAccount(keyAccount);
		this.customers.save(customer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClassUpgrade> upgradesBetween(LocalDate from, LocalDate to) {
		return this.history.upgradesBetween(from, to);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<Long, java.math.BigDecimal> potentialByOwner(java.util.Collection<Long> ownerIds) {
		java.util.Map<Long, java.math.BigDecimal> sums = new java.util.LinkedHashMap<>();
		ownerIds.forEach((id) -> sums.put(id, java.math.BigDecimal.ZERO));
		if (!ownerIds.isEmpty()) {
			for (Object[] row : this.customers.potentialByOwner(ownerIds)) {
				sums.put((Long) row[0], (java.math.BigDecimal) row[1]);
			}
		}
		return sums;
	}

	private static CustomerSummary summary(Customer customer) {
		return new CustomerSummary(customer.getId(), customer.getCode(), customer.getName(), customer.getOwnerId(),
				customer.getTerritoryId(), customer.getSegmentId(), customer.getStatus(), customer.getCustomerClass(),
				customer.isKeyAccount(), customer.getCreditLimit(), customer.getPaymentTermsDays());
	}

}
