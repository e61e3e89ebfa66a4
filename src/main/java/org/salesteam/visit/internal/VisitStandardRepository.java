package org.salesteam.visit.internal;

import java.util.List;

import org.salesteam.visit.StandardPeriod;
import org.salesteam.visit.VisitStandard;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitStandardRepository extends JpaRepository<VisitStandard, Long> {

	List<VisitStandard> findByPeriod(StandardPeriod period);

}
