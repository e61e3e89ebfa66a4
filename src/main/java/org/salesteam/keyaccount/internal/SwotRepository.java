package org.salesteam.keyaccount.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SwotRepository extends JpaRepository<AccountSwot, Long> {

	Optional<AccountSwot> findByCustomerId(long customerId);

}
