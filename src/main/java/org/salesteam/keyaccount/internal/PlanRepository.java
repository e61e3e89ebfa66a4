package org.salesteam.keyaccount.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<KeyAccountPlan, Long> {

	Optional<KeyAccountPlan> findByCustomerIdAndYear(long customerId, int year);

	List<KeyAccountPlan> findByCustomerIdOrderByYearDesc(long customerId);

}
