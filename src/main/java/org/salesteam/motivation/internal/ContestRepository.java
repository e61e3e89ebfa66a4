package org.salesteam.motivation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContestRepository extends JpaRepository<Contest, Long> {

	List<Contest> findAllByOrderByFirstDayDesc();

	/** Launched contests over before {@code day} whose results were not announced yet. */
	List<Contest> findAllByLaunchedAtIsNotNullAndAnnouncedAtIsNullAndLastDayBeforeOrderById(LocalDate day);

	long countByOwnerIdAndLaunchedAtIsNullAndFirstDayGreaterThanEqual(long ownerId, LocalDate day);

}
