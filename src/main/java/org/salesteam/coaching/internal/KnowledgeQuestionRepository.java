package org.salesteam.coaching.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeQuestionRepository extends JpaRepository<KnowledgeQuestion, Long> {

	List<KnowledgeQuestion> findByItemCodeAndActiveTrueOrderBySortOrderAscIdAsc(String itemCode);

	List<KnowledgeQuestion> findByItemCodeOrderBySortOrderDesc(String itemCode);

}
