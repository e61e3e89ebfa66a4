package org.salesteam.retention.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountReviewRepository extends JpaRepository<AccountReview, Long> {

}
