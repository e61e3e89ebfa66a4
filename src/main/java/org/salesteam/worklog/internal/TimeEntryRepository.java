package org.salesteam.worklog.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.salesteam.worklog.TimeEntry;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

	Optional<TimeEntry> findByUserIdAndDate(long userId, LocalDate date);

}
