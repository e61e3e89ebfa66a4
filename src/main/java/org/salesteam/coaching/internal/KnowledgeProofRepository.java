package org.salesteam.coaching.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeProofRepository extends JpaRepository<KnowledgeProof, Long> {

	List<KnowledgeProof> findByRepIdIn(Collection<Long> repIds);

}
