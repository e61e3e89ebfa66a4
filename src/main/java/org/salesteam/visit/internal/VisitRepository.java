package org.salesteam.visit.internal;

import java.util.Collection;
import java.util.Optional;

import org.salesteam.visit.Visit;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

	Optional<Visit> findByIdAndRepIdIn(long id, Collection<Long> repIds);

}
