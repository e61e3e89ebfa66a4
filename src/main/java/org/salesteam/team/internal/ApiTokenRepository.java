package org.salesteam.team.internal;

import java.util.List;
import java.util.Optional;

import org.salesteam.team.ApiToken;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

}
