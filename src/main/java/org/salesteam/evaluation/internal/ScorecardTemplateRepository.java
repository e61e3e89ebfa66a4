package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ScorecardTemplateRepository extends ListCrudRepository<ScorecardTemplate, Long> {

	/** The template of the role that applies on the day: the newest valid from then. */
	@Query("""
			select t from ScorecardTemplate t where t.role = :role and t.validFrom <= :day
			and t.validFrom = (select max(o.validFrom) from ScorecardTemplate o where o.role = :role and o.validFrom <= :day)""")
	Optional<ScorecardTemplate> applyingOn(String role, LocalDate day);

	Optional<ScorecardTemplate> findByRoleAndValidFrom(String role, LocalDate validFrom);

}
