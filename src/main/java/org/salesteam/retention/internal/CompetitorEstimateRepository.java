package org.salesteam.retention.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CompetitorEstimateRepository extends ListCrudRepository<CompetitorEstimate, Long> {

	List<CompetitorEstimate> findByEstimateYearOrderByLossRateAscCompetitorAsc(int estimateYear);

	boolean existsByEstimateYearAndCompetitorKeyAndIdNot(int estimateYear, String competitorKey, long id);

}
