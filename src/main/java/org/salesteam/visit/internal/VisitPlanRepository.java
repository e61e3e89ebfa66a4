package org.salesteam.visit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.salesteam.visit.VisitPlan;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitPlanRepository extends JpaRepository<VisitPlan, Long> {

	Optional<VisitPlan> findByRepIdAndIsoWeek(long repId, String isoWeek);

	List<VisitPlan> findByIsoWeekAndRepIdIn(String isoWeek, Collection<Long> repIds);

}
