package org.salesteam.sales.internal;

import java.util.Collection;
import java.util.Optional;

import org.salesteam.sales.SalesOrder;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

	Optional<SalesOrder> findByIdAndOwnerIdIn(long id, Collection<Long> ownerIds);

	boolean existsByNumber(String number);

}
