package org.salesteam.coaching.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalesMeetingRepository extends JpaRepository<SalesMeeting, Long> {

}
