package org.salesteam.motivation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContestRepository extends JpaRepository<Contest, Long> {

	List<Contest> findAllByOrderByFirstDayDesc();

	long countByOwnerIdAndLaunchedAtIsNullAndFirstDayGreaterThanEqual(long ownerId, LocalDate day);

}
