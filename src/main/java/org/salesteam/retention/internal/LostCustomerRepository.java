package org.salesteam.retention.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface LostCustomerRepository extends JpaRepository<LostCustomer, Long> {

	boolean existsByCustomerIdAndLostOn(Long customerId, java.time.LocalDate lostOn);

}
