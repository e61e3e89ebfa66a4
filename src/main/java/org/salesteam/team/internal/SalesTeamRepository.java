package org.salesteam.team.internal;

import java.util.List;

import org.salesteam.team.SalesTeam;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalesTeamRepository extends JpaRepository<SalesTeam, Long> {

	List<SalesTeam> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

}
