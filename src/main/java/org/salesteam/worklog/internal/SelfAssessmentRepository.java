package org.salesteam.worklog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salesteam.worklog.SelfAssessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

	Optional<SelfAssessment> findByManagerIdAndAssessedOn(long managerId, LocalDate assessedOn);

	List<SelfAssessment> findByManagerIdOrderByAssessedOnAsc(long managerId);

}
