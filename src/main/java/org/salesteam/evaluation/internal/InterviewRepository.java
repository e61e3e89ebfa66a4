package org.salesteam.evaluation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface InterviewRepository extends ListCrudRepository<Interview, Long> {

	List<Interview> findByCandidateIdOrderByHeldOnAscIdAsc(long candidateId);

	List<Interview> findByCandidateIdIn(Collection<Long> candidateIds);

	boolean existsByCandidateIdAndInterviewerId(long candidateId, long interviewerId);

}
