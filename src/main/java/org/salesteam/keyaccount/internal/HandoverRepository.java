package org.salesteam.keyaccount.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, Long> {

	List<Handover> findByCustomerIdOrderByIdDesc(long customerId);

}
