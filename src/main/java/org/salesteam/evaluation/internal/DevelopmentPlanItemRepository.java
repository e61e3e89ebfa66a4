package org.salesteam.evaluation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DevelopmentPlanItemRepository extends ListCrudRepository<DevelopmentPlanItem, Long> {

	List<DevelopmentPlanItem> findByPlanIdInOrderByDueOnAscIdAsc(Collection<Long> planIds);

}
