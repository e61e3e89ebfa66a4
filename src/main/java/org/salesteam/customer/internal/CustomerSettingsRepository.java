package org.salesteam.customer.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerSettingsRepository extends JpaRepository<CustomerSettings, Long> {

}
