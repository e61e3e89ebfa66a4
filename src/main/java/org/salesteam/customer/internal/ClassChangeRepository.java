package org.salesteam.customer.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassChangeRepository extends JpaRepository<CustomerClassChange, Long> {

}
