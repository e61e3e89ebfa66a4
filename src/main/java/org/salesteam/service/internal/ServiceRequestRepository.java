package org.salesteam.service.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

	/** The requests not in this status (the open ones: not CLOSED). */
	java.util.List<ServiceRequest> findByStatusNot(ServiceRequest.Status status);

}
