package org.salesteam.coaching.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeArtifactRepository extends JpaRepository<KnowledgeArtifact, Long> {

	List<KnowledgeArtifact> findByRepIdOrderByIdDesc(long repId);

}
