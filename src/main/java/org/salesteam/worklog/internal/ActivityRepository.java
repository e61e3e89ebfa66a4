package org.salesteam.worklog.internal;

import java.util.Collection;
import java.util.Optional;

import org.salesteam.worklog.Activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	boolean existsByServiceRequestId(Long serviceRequestId);

	Optional<Activity> findByIdAndOwnerIdIn(long id, Collection<Long> ownerIds);

}
