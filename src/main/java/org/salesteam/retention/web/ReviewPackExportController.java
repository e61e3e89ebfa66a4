package org.salesteam.retention.web;

import java.io.IOException;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.AccountReviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual review pack as an Excel file (ADR 0051), from the meeting page's button and
 * the API: the same reading as the page ({@link AccountReviews#detail}), so the same
 * rights — whoever reads the review (support staff too), a review of a customer the
 * caller does not see is a 404.
 */
@RestController
@Tag(name = "retention")
class ReviewPackExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AccountReviews reviews;

	private final MessageSource messages;

	ReviewPackExportController(AccountReviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping({ "/account-reviews/{id}/pack.xlsx", "/api/v1/account-reviews/{id}/pack.xlsx" })
	@Operation(summary = "The review's pack as an Excel workbook (summary, sales by category, plan objectives, "
			+ "actions), headers in the caller's language")
	ResponseEntity<byte[]> pack(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) throws IOException {
		AccountReviews.Detail review = this.reviews.detail(user, id);
		byte[] workbook = new ReviewPackWorkbook(this.messages, LocaleContextHolder.getLocale()).write(review);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("account-review-" + review.customerId() + "-" + review.year() + ".xlsx")
						.build()
						.toString())
			.body(workbook);
	}

}
