package org.salesteam.goal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.PeriodKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GoalRepository extends JpaRepository<Goal, Long> {

	/** A goal of a visible rep or of a team the user manages. */
	@Query("select g from Goal g where g.id = :id and (g.ownerId in :owners or g.teamId in :teams)")
	Optional<Goal> findVisible(@Param("id") long id, @Param("owners") Collection<Long> owners,
			@Param("teams") Collection<Long> teams);

	@Query("""
			select g from Goal g where (:all = true or g.ownerId in :owners or g.teamId in :teams)
			and g.periodTo >= :from and g.periodFrom <= :to
			and (:status is null or g.status = :status) and (:type is null or g.type = :type)
			and (:scope is null or g.scope = :scope)
			order by g.periodFrom desc, g.periodKind desc, g.type, g.scope
			""")
	List<Goal> findVisible(@Param("all") boolean all, @Param("owners") Collection<Long> owners,
			@Param("teams") Collection<Long> teams, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("status") GoalStatus status, @Param("type") GoalType type, @Param("scope") String scope);

	List<Goal> findByTypeAndScopeAndPeriodFromAndPeriodTo(GoalType type, String scope, LocalDate from, LocalDate to);

	List<Goal> findByTypeAndStatusAndScopeInAndPeriodFromAndPeriodTo(GoalType type, GoalStatus status,
			Collection<String> scopes, LocalDate from, LocalDate to);

	List<Goal> findByTypeAndScopeInAndStatusAndPeriodKindAndPeriodFromGreaterThanEqualAndPeriodToLessThanEqual(
			GoalType type, Collection<String> scopes, GoalStatus status, PeriodKind kind, LocalDate from, LocalDate to);

	List<Goal> findByTypeAndScopeAndStatusAndPeriodKindAndPeriodFromGreaterThanEqualAndPeriodToLessThanEqual(
			GoalType type, String scope, GoalStatus status, PeriodKind kind, LocalDate from, LocalDate to);

	List<Goal> findByParentId(long parentId);

}
