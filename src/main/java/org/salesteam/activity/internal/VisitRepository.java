package org.salesteam.activity.internal;

import java.util.Collection;
import java.util.Optional;

import org.salesteam.activity.Visit;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

	Optional<Visit> findByIdAndRepIdIn(long id, Collection<Long> repIds);

}
