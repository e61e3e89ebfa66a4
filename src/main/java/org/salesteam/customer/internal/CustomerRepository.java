package org.salesteam.customer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.salesteam.customer.Customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

	Optional<Customer> findByIdAndOwnerIdIn(long id, Collection<Long> ownerIds);

	boolean existsByCode(String code);

	List<Customer> findByParentCustomerIdOrderByName(long parentCustomerId);

	boolean existsByCodeAndIdNot(String code, long id);

	long countByOwnerId(long ownerId);

	@org.springframework.data.jpa.repository.Query("select c.ownerId, sum(c.potential) from Customer c where c.ownerId in :owners group by c.ownerId")
	java.util.List<Object[]> potentialByOwner(
			@org.springframework.data.repository.query.Param("owners") java.util.Collection<Long> owners);

}
