package org.salesteam.evaluation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CandidateRepository extends ListCrudRepository<Candidate, Long> {

	List<Candidate> findAllByOrderByIdDesc();

	Optional<Candidate> findByHiredUserId(long userId);

	List<Candidate> findByHiredUserIdNotNull();

}
