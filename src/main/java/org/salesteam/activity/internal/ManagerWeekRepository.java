package org.salesteam.activity.internal;

import java.util.Optional;

import org.salesteam.activity.ManagerWeek;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManagerWeekRepository extends JpaRepository<ManagerWeek, Long> {

	Optional<ManagerWeek> findByManagerIdAndIsoWeek(long managerId, String isoWeek);

}
