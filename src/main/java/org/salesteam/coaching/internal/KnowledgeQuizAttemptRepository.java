package org.salesteam.coaching.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeQuizAttemptRepository extends JpaRepository<KnowledgeQuizAttempt, Long> {

	List<KnowledgeQuizAttempt> findByRepIdAndItemCodeOrderByTakenOnDescIdDesc(long repId, String itemCode);

}
