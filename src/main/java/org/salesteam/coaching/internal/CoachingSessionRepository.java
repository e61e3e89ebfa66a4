package org.salesteam.coaching.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingSessionRepository extends JpaRepository<CoachingSession, Long> {

	boolean existsByVisitId(long visitId);

}
