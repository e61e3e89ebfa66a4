package org.salesteam.worklog.internal;

import java.util.Optional;

import org.salesteam.worklog.ManagerWeek;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManagerWeekRepository extends JpaRepository<ManagerWeek, Long> {

	Optional<ManagerWeek> findByManagerIdAndIsoWeek(long managerId, String isoWeek);

}
