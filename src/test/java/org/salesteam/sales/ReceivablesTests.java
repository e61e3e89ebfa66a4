package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates and days overdue. */
class ReceivablesTests {

	@Test
	void anInvoiceFallsDueAfterThePaymentTerms() {
		assertThat(Receivables.dueDate(LocalDate.of(2025, 1, 20), 30)).isEqualTo(LocalDate.of(2025, 2, 19));
		assertThat(Receivables.dueDate(LocalDate.of(2024, 2, 10), 20)).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(Receivables.dueDate(LocalDate.of(2025, 1, 20), 0)).isEqualTo(LocalDate.of(2025, 1, 20));
	}

	@Test
	void anOpenAmountIsOverdueFromTheDayAfterTheDueDate() {
		LocalDate due = LocalDate.of(2025, 2, 19);
		BigDecimal open = new BigDecimal("100.00");
		assertThat(Receivables.daysOverdue(due, open, due)).isZero();
		assertThat(Receivables.daysOverdue(due, open, LocalDate.of(2025, 2, 20))).isEqualTo(1);
		assertThat(Receivables.daysOverdue(due, open, LocalDate.of(2025, 3, 21))).isEqualTo(30);
	}

	@Test
	void nothingOpenOrNoInvoiceIsNeverOverdue() {
		LocalDate later = LocalDate.of(2025, 6, 1);
		assertThat(Receivables.daysOverdue(LocalDate.of(2025, 2, 19), BigDecimal.ZERO, later)).isZero();
		assertThat(Receivables.daysOverdue(null, new BigDecimal("5"), later)).isZero();
	}

}
