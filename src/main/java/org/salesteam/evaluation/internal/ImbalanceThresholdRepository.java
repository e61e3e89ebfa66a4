package org.salesteam.evaluation.internal;

import org.springframework.data.repository.ListCrudRepository;

interface ImbalanceThresholdRepository extends ListCrudRepository<ImbalanceThreshold, Long> {

}
