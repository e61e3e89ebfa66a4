package org.salesteam.team.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.salesteam.team.ApiToken;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

	/**
	 * Records a use without touching the version: a client may send many requests with
	 * one token at once, and bookkeeping must never make one of them fail on a stale
	 * version.
	 */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
	void markUsed(Long id, Instant now);

}
