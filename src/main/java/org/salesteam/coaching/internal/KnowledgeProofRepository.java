package org.salesteam.coaching.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeProofRepository extends JpaRepository<KnowledgeProof, Long> {

}
