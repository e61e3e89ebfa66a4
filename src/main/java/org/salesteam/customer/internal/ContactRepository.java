package org.salesteam.customer.internal;

import java.util.List;

import org.salesteam.customer.Contact;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

	List<Contact> findByCustomerIdOrderByInfluenceDescNameAsc(long customerId);

}
