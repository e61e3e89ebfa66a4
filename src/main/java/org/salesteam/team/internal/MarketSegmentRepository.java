package org.salesteam.team.internal;

import java.util.List;

import org.salesteam.team.MarketSegment;

import org.springframework.data.jpa.repository.JpaRepository;

interface MarketSegmentRepository extends JpaRepository<MarketSegment, Long> {

	List<MarketSegment> findAllByOrderByCodeAsc();

	boolean existsByCodeIgnoreCase(String code);

}
