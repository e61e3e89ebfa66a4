package org.salesteam.customer.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.customer.Attitude;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.Contact;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reporting lines of contacts: no cycles, one tree per top contact. */
class ContactTreeTests {

	@Test
	void detectsACycleThroughTheChainAbove() {
		// 1 is the boss, 2 reports to 1, 3 reports to 2
		Map<Long, Long> managerOf = new HashMap<>();
		managerOf.put(1L, null);
		managerOf.put(2L, 1L);
		managerOf.put(3L, 2L);
		assertThat(ContactEditing.createsCycle(managerOf, 1L, 3L)).isTrue();
		assertThat(ContactEditing.createsCycle(managerOf, 1L, 2L)).isTrue();
		assertThat(ContactEditing.createsCycle(managerOf, 3L, 1L)).isFalse();
		assertThat(ContactEditing.createsCycle(managerOf, 2L, 2L)).isTrue();
	}

	@Test
	void buildsOneTreePerTopContact() {
		Contact boss = contact(1L, "王总", null);
		Contact buyer = contact(2L, "李采购", 1L);
		Contact engineer = contact(3L, "张工", 2L);
		Contact other = contact(4L, "赵经理", 99L);
		List<ContactQueries.Node> roots = ContactQueries.tree(List.of(boss, buyer, engineer, other));
		assertThat(roots).extracting((node) -> node.contact().getName()).containsExactly("王总", "赵经理");
		assertThat(roots.get(0).reports()).hasSize(1);
		assertThat(roots.get(0).reports().get(0).reports().get(0).contact().getName()).isEqualTo("张工");
	}

	@Test
	void influenceMustBeBetweenOneAndFive() {
		assertThatThrownBy(() -> new Contact(1L, details("x", 6, null))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> new Contact(1L, details("x", 0, null))).isInstanceOf(BusinessRuleException.class);
	}

	private static Contact contact(long id, String name, Long reportsTo) {
		Contact contact = new Contact(10L, details(name, 3, reportsTo));
		ReflectionTestUtils.setField(contact, "id", id);
		return contact;
	}

	private static Contact.Details details(String name, int influence, Long reportsTo) {
		return new Contact.Details(name, null, null, null, null, null, null, BuyingRole.INFLUENCER, Attitude.NEUTRAL,
				influence, reportsTo, null);
	}

}
