package org.salesteam.retention.internal;

import org.springframework.data.repository.ListCrudRepository;

interface RetentionTargetRepository extends ListCrudRepository<RetentionTarget, Long> {

}
