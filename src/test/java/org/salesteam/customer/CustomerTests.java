package org.salesteam.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle, class and ownership rules of {@link Customer}. */
class CustomerTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 5);

	@Test
	void firstOrderMakesAProspectActiveOnceAndPublishesIt() {
		Customer customer = prospect(7L);
		customer.recordFirstOrder(DAY);
		assertThat(customer.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
		assertThat(customer.getFirstOrderDate()).isEqualTo(DAY);
		assertThat(customer.getLastActivityDate()).isEqualTo(DAY);
		assertThat(customer.domainEvents()).containsExactly(new ProspectConverted(42L, 7L, DAY, false));
		customer.clearEvents();
		customer.recordFirstOrder(DAY.plusDays(10));
		assertThat(customer.getFirstOrderDate()).isEqualTo(DAY);
		assertThat(customer.domainEvents()).isEmpty();
	}

	@Test
	void aConversionSaysWhetherTheProspectWasQualifiedAndOnlyProspectsAreQualified() {
		Customer customer = prospect(7L);
		customer.recordQualification(false, DAY.minusDays(9));
		assertThat(customer.getQualifiedOn()).isNull();
		customer.recordQualification(true, DAY.minusDays(3));
		assertThat(customer.getQualifiedOn()).isEqualTo(DAY.minusDays(3));
		customer.recordFirstOrder(DAY);
		assertThat(customer.domainEvents()).containsExactly(new ProspectConverted(42L, 7L, DAY, true));
		assertThatThrownBy(() -> customer.recordQualification(true, DAY)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void backdatedOrderMovesTheFirstOrderEarlierWithoutPublishingAgain() {
		Customer customer = prospect(7L);
		customer.recordFirstOrder(DAY);
		customer.clearEvents();
		customer.recordFirstOrder(LocalDate.of(2023, 11, 20));
		assertThat(customer.getFirstOrderDate()).isEqualTo(LocalDate.of(2023, 11, 20));
		assertThat(customer.getLastActivityDate()).isEqualTo(DAY);
		assertThat(customer.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
		assertThat(customer.domainEvents()).isEmpty();
	}

	@Test
	void lostCustomerMustBeReactivatedBeforeAnOrder() {
		Customer customer = prospect(7L);
		customer.markLost("价格太高", DAY);
		assertThatThrownBy(() -> customer.recordFirstOrder(DAY.plusDays(1))).isInstanceOf(BusinessRuleException.class)
			.hasMessage("customer.error.lostCustomer");
	}

	@Test
	void markingLostNeedsAReasonAndKeepsTheDate() {
		Customer customer = prospect(7L);
		assertThatThrownBy(() -> customer.markLost("  ", DAY)).isInstanceOf(BusinessRuleException.class);
		assertThat(customer.getStatus()).isEqualTo(CustomerStatus.PROSPECT);
		customer.markLost(" 被竞争对手抢走 ", DAY);
		assertThat(customer.getStatus()).isEqualTo(CustomerStatus.LOST);
		assertThat(customer.getLostDate()).isEqualTo(DAY);
		assertThat(customer.getLostReason()).isEqualTo("被竞争对手抢走");
		assertThat(customer.domainEvents()).containsExactly(new CustomerLost(42L, 7L, "被竞争对手抢走", DAY));
		assertThatThrownBy(() -> customer.markLost("again", DAY)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void reactivationReturnsToActiveOnlyIfTheCustomerEverOrdered() {
		Customer neverOrdered = prospect(7L);
		neverOrdered.markLost("no budget", DAY);
		neverOrdered.reactivate();
		assertThat(neverOrdered.getStatus()).isEqualTo(CustomerStatus.PROSPECT);
		assertThat(neverOrdered.getLostDate()).isNull();
		assertThat(neverOrdered.getLostReason()).isNull();

		Customer ordered = prospect(7L);
		ordered.recordFirstOrder(DAY);
		ordered.markDormant();
		assertThat(ordered.getStatus()).isEqualTo(CustomerStatus.DORMANT);
		ordered.reactivate();
		assertThat(ordered.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
	}

	@Test
	void onlyActiveCustomersBecomeDormantAndOnlyInactiveOnesReactivate() {
		Customer customer = prospect(7L);
		assertThatThrownBy(customer::markDormant).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(customer::reactivate).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void automaticClassIsIgnoredOnceAManagerOverrodeIt() {
		Customer customer = prospect(7L);
		assertThat(customer.applyAutomaticClass(CustomerClass.B))
			.contains(new ClassChange(CustomerClass.C, CustomerClass.B));
		assertThat(customer.applyAutomaticClass(CustomerClass.B)).isEmpty();
		assertThatThrownBy(() -> customer.overrideClass(CustomerClass.A, "")).isInstanceOf(BusinessRuleException.class);
		assertThat(customer.getCustomerClass()).isEqualTo(CustomerClass.B);
		assertThat(customer.overrideClass(CustomerClass.A, "集团战略客户"))
			.contains(new ClassChange(CustomerClass.B, CustomerClass.A));
		assertThat(customer.isClassOverridden()).isTrue();
		assertThat(customer.applyAutomaticClass(CustomerClass.C)).isEmpty();
		assertThat(customer.getCustomerClass()).isEqualTo(CustomerClass.A);
	}

	@Test
	void upgradeMeansAHigherClassThanBefore() {
		assertThat(new ClassChange(CustomerClass.C, CustomerClass.B).isUpgrade()).isTrue();
		assertThat(new ClassChange(CustomerClass.C, CustomerClass.A).isUpgrade()).isTrue();
		assertThat(new ClassChange(CustomerClass.A, CustomerClass.B).isUpgrade()).isFalse();
		assertThat(new ClassChange(null, CustomerClass.A).isUpgrade()).isFalse();
	}

	@Test
	void claimingTakesACustomerFromThePoolOnly() {
		Customer pooled = prospect(null);
		pooled.claim(9L, DAY);
		assertThat(pooled.getOwnerId()).isEqualTo(9L);
		assertThat(pooled.getOwnedSince()).isEqualTo(DAY);
		assertThat(pooled.getPooledOn()).isNull();
		assertThat(pooled.domainEvents()).containsExactly(new CustomerTransferred(42L, null, 9L, DAY));
		assertThatThrownBy(() -> pooled.claim(10L, DAY)).isInstanceOf(BusinessRuleException.class);
		assertThat(pooled.getOwnerId()).isEqualTo(9L);
	}

	@Test
	void returningToThePoolRemembersTheFormerOwner() {
		Customer customer = prospect(7L);
		customer.returnToPool(DAY);
		assertThat(customer.isInPool()).isTrue();
		assertThat(customer.getFormerOwnerId()).isEqualTo(7L);
		assertThat(customer.getPooledOn()).isEqualTo(DAY);
		assertThat(customer.domainEvents()).containsExactly(new CustomerReturnedToPool(42L, 7L, DAY));
		assertThatThrownBy(() -> customer.returnToPool(DAY)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void idlePeriodCountsFromTheLaterOfLastActivityAndTakeOver() {
		Customer customer = prospect(7L);
		assertThat(customer.idleSince()).isEqualTo(DAY.minusDays(100));
		customer.recordActivity(DAY.minusDays(120));
		assertThat(customer.idleSince()).isEqualTo(DAY.minusDays(100));
		customer.recordActivity(DAY.minusDays(3));
		customer.recordActivity(DAY.minusDays(50));
		assertThat(customer.getLastActivityDate()).isEqualTo(DAY.minusDays(3));
		assertThat(customer.idleSince()).isEqualTo(DAY.minusDays(3));
	}

	private static Customer prospect(Long ownerId) {
		CustomerProfile profile = new CustomerProfile(" kh-t-1 ", " 上海味美食品有限公司 ", "食品饮料", EnterpriseType.PRIVATE, null,
				null, "上海市", "上海", null, CompanySize.FROM_50, new BigDecimal("150000"), CustomerSource.REFERRAL, false,
				null, 30, null);
		Customer customer = new Customer(profile, CustomerClass.C, ownerId, DAY.minusDays(100));
		ReflectionTestUtils.setField(customer, "id", 42L);
		assertThat(customer.getCode()).isEqualTo("KH-T-1");
		assertThat(customer.getName()).isEqualTo("上海味美食品有限公司");
		assertThat(customer.getCreditLimit()).isEqualByComparingTo("0");
		return customer;
	}

}
