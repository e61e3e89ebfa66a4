package org.salesteam.retention.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExitInterviewRepository extends JpaRepository<ExitInterview, Long> {

	Optional<ExitInterview> findByLostId(long lostId);

}
