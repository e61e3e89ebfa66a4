package org.salesteam.evaluation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PotentialReviewRepository extends ListCrudRepository<PotentialReview, Long> {

	List<PotentialReview> findByRepIdOrderByPeriodToDescIdDesc(long repId);

	List<PotentialReview> findByRepIdInOrderByPeriodToDescIdDesc(Collection<Long> repIds);

}
