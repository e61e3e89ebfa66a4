package org.salesteam.team.internal;

import java.util.List;
import java.util.Optional;

import org.salesteam.team.Territory;

import org.springframework.data.jpa.repository.JpaRepository;

interface TerritoryRepository extends JpaRepository<Territory, Long> {

	List<Territory> findAllByOrderByCodeAsc();

	Optional<Territory> findByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCase(String code);

	long countByIdIn(java.util.Collection<Long> ids);

}
