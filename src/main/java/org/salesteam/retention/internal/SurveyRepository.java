package org.salesteam.retention.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

	Optional<Survey> findByTokenHash(String tokenHash);

	boolean existsBySourceRef(String sourceRef);

}
