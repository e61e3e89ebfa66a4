package org.salesteam.keyaccount.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DesignationRepository extends JpaRepository<KeyAccountDesignation, Long> {

	Optional<KeyAccountDesignation> findByCustomerId(long customerId);

}
