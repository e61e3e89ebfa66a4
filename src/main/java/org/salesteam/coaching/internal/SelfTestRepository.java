package org.salesteam.coaching.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfTestRepository extends JpaRepository<SelfTest, Long> {

	Optional<SelfTest> findFirstByRepIdOrderByTakenOnDesc(long repId);

	List<SelfTest> findByRepIdInOrderByTakenOnAsc(List<Long> repIds);

}
