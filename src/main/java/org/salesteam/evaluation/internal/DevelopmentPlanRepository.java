package org.salesteam.evaluation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DevelopmentPlanRepository extends ListCrudRepository<DevelopmentPlan, Long> {

	List<DevelopmentPlan> findByRepIdOrderByStartedOnDescIdDesc(long repId);

	List<DevelopmentPlan> findByRepIdIn(Collection<Long> repIds);

}
