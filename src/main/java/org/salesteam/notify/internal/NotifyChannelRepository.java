package org.salesteam.notify.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotifyChannelRepository extends JpaRepository<NotifyChannel, Long> {

	List<NotifyChannel> findByActiveTrueOrderById();

}
