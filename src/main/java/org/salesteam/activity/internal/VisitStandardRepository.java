package org.salesteam.activity.internal;

import java.util.List;

import org.salesteam.activity.StandardPeriod;
import org.salesteam.activity.VisitStandard;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitStandardRepository extends JpaRepository<VisitStandard, Long> {

	List<VisitStandard> findByPeriod(StandardPeriod period);

}
