package org.salesteam.evaluation.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RecruitPositionRepository extends ListCrudRepository<RecruitPosition, Long> {

	List<RecruitPosition> findAllByOrderByOpenedOnDescIdDesc();

}
