package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order's life: credit hold, delivery, invoice, payments, cancellation, events. */
class SalesOrderTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 5);

	@Test
	void totalsAreTheSumsOfTheLines() {
		SalesOrder order = order(false);
		// lines 1,000.00 / 600.00 and 250.00 / 300.00
		assertThat(order.getNetAmount()).isEqualByComparingTo("1250.00");
		assertThat(order.getCost()).isEqualByComparingTo("900.00");
		assertThat(order.grossProfit()).isEqualByComparingTo("350.00");
	}

	@Test
	void aConfirmedOrderAnnouncesItsPlacement() {
		SalesOrder order = order(false);
		order.announcePlacement();
		assertThat(order.domainEvents()).containsExactly(
				new OrderPlaced(42L, "SO-1", 9L, 3L, 4L, DAY, new BigDecimal("1250.00"), new BigDecimal("900.00")));
	}

	@Test
	void anOrderOnCreditHoldIsPlacedOnlyByTheApproval() {
		SalesOrder order = order(true);
		order.announcePlacement();
		assertThat(order.domainEvents()).isEmpty();
		assertThatThrownBy(() -> order.deliver(DAY)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> order.approveCredit(8L, " ", Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
		assertThat(order.approveCredit(8L, "老客户，已承诺月底回款", Instant.EPOCH)).isTrue();
		assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.getCreditApprovedBy()).isEqualTo(8L);
		assertThat(order.getCreditApprovalReason()).isEqualTo("老客户，已承诺月底回款");
		// the decision (notified to the rep, issue 21), then the placement the KPIs count
		assertThat(order.domainEvents()).hasSize(2);
		assertThat(order.domainEvents().get(0)).isInstanceOf(OrderCreditApproved.class);
		assertThat(order.domainEvents().get(1)).isInstanceOf(OrderPlaced.class);
	}

	@Test
	void paymentsReduceTheReceivableButNeverBeyondIt() {
		SalesOrder order = order(false);
		assertThatThrownBy(() -> order.receivePayment(DAY, BigDecimal.TEN, 3L))
			.isInstanceOf(BusinessRuleException.class);
		order.deliver(DAY.plusDays(3));
		order.invoice(DAY.plusDays(3), new BigDecimal("1250"), 30);
		assertThat(order.getDueDate()).isEqualTo(LocalDate.of(2025, 4, 7));
		order.receivePayment(LocalDate.of(2025, 4, 1), new BigDecimal("1000"), 3L);
		assertThat(order.openReceivable()).isEqualByComparingTo("250.00");
		// open 250 since 7 April: on 17 April it is 10 days overdue
		assertThat(order.daysOverdue(LocalDate.of(2025, 4, 17))).isEqualTo(10);
		assertThatThrownBy(() -> order.receivePayment(LocalDate.of(2025, 4, 20), new BigDecimal("250.01"), 3L))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.order.error.overpaid");
		order.receivePayment(LocalDate.of(2025, 4, 20), new BigDecimal("250"), 3L);
		assertThat(order.openReceivable()).isEqualByComparingTo("0");
		assertThat(order.daysOverdue(LocalDate.of(2025, 5, 1))).isZero();
		assertThat(order.getPayments()).extracting(Payment::getPaymentNo).containsExactly(1, 2);
		assertThat(order.domainEvents()).containsExactly(
				new PaymentReceived(42L, 9L, 3L, LocalDate.of(2025, 4, 1), new BigDecimal("1000.00"), false),
				new PaymentReceived(42L, 9L, 3L, LocalDate.of(2025, 4, 20), new BigDecimal("250.00"), true));
	}

	@Test
	void cancellingNeedsAReasonAndIsRefusedOncePaid() {
		SalesOrder order = order(false);
		assertThatThrownBy(() -> order.cancel(DAY, "")).isInstanceOf(BusinessRuleException.class);
		order.cancel(DAY.plusDays(1), " 客户撤单 ");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.getCancelReason()).isEqualTo("客户撤单");
		assertThat(order.domainEvents()).containsExactly(new OrderCancelled(42L, 9L, 3L, 4L, DAY, DAY.plusDays(1),
				"客户撤单", new BigDecimal("1250.00"), new BigDecimal("900.00"), true));
		assertThatThrownBy(() -> order.cancel(DAY, "again")).isInstanceOf(BusinessRuleException.class);

		SalesOrder paid = order(false);
		paid.invoice(DAY, new BigDecimal("100"), 30);
		paid.receivePayment(DAY, new BigDecimal("100"), 3L);
		assertThatThrownBy(() -> paid.cancel(DAY, "too late")).isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.order.error.hasPayments");
	}

	@Test
	void invoicingTwiceOrBeforeTheOrderDateIsRefused() {
		SalesOrder order = order(false);
		assertThatThrownBy(() -> order.invoice(DAY.minusDays(1), BigDecimal.TEN, 30))
			.isInstanceOf(BusinessRuleException.class);
		order.invoice(DAY, BigDecimal.TEN, 30);
		assertThatThrownBy(() -> order.invoice(DAY, BigDecimal.TEN, 30)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.order.error.alreadyInvoiced");
	}

	@Test
	void anOrderNeedsLines() {
		assertThatThrownBy(() -> new SalesOrder("SO-2", 9L, DAY, 3L, 4L, List.of(), false, 3L, null))
			.isInstanceOf(BusinessRuleException.class);
	}

	private static SalesOrder order(boolean hold) {
		SalesOrder order = new SalesOrder("SO-1", 9L, DAY, 3L, 4L,
				List.of(OrderLine.of(1, 5L, new BigDecimal("100"), new BigDecimal("10"), null, null, null,
						new BigDecimal("6")),
						OrderLine.of(2, 6L, new BigDecimal("50"), new BigDecimal("5"), null, null,
								new BigDecimal("300"), null)),
				hold, 3L, null);
		ReflectionTestUtils.setField(order, "id", 42L);
		return order;
	}

}
