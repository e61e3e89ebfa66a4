package org.salesteam.sales.internal;

import java.util.Collection;
import java.util.Optional;

import org.salesteam.sales.Opportunity;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

	Optional<Opportunity> findByIdAndOwnerIdIn(long id, Collection<Long> ownerIds);

}
