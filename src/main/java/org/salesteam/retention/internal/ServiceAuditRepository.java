package org.salesteam.retention.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceAuditRepository extends JpaRepository<ServiceAudit, Long> {

	boolean existsByCustomerIdAndHalf(long customerId, String half);

}
