package org.salesteam.keyaccount.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortfolioRepository extends JpaRepository<Portfolio, Long> {

	List<Portfolio> findAllByOrderByYearDescNameAsc();

	List<Portfolio> findByOwnerIdOrderByYearDescNameAsc(long ownerId);

	List<Portfolio> findByScopeAndYearOrderByIdDesc(String scope, int year);

}
