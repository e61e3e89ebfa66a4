package org.salesteam.customer.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.customer.Customer;
import org.salesteam.customer.internal.CustomerAccess;
import org.salesteam.customer.internal.ProspectQualifying;
import org.salesteam.customer.internal.QualificationCriteria;
import org.salesteam.platform.UserPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Prospect qualification and its criteria, by API. */
@RestController
class QualificationApiController {

	/** The customer's standing and its qualifications, newest first. */
	record QualificationStatus(long customerId, boolean qualified, LocalDate qualifiedOn,
			List<ProspectQualifying.Qualification> qualifications) {
	}

	/** Criterion id → yes/no, for every active criterion. */
	record QualifyRequest(@NotNull(message = "{qualification.validation.answers}") Map<Long, Boolean> answers,
			@Size(max = 1000, message = "{qualification.validation.note}") String note) {
	}

	record CriterionRequest(@NotBlank(message = "{qualification.error.nameRequired}") @Size(max = 200,
			message = "{qualification.validation.name}") String name, boolean required, Boolean active) {
	}

	private final CustomerAccess access;

	private final ProspectQualifying qualifying;

	private final QualificationCriteria criteria;

	QualificationApiController(CustomerAccess access, ProspectQualifying qualifying, QualificationCriteria criteria) {
		this.access = access;
		this.qualifying = qualifying;
		this.criteria = criteria;
	}

	@GetMapping("/api/v1/customers/{id}/qualification")
	@Operation(summary = "Whether a visible prospect is qualified, with every qualification kept")
	QualificationStatus get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		Customer customer = this.access.visible(user, id);
		return new QualificationStatus(id, customer.getQualifiedOn() != null, customer.getQualifiedOn(),
				this.qualifying.history(user, id));
	}

	@PostMapping("/api/v1/customers/{id}/qualification")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Qualify a visible prospect: answer every active criterion yes or no")
	ProspectQualifying.Qualification qualify(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody QualifyRequest request) {
		return this.qualifying.qualify(user, id, request.answers(), request.note());
	}

	@GetMapping("/api/v1/qualification-criteria")
	@Operation(summary = "The qualification criteria, active ones first")
	List<QualificationCriteria.Criterion> criteria() {
		return this.criteria.all();
	}

	@PostMapping("/api/v1/qualification-criteria")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a criterion (directors and admins)")
	QualificationCriteria.Criterion add(@AuthenticationPrincipal UserPrincipal user,
			@Valid @RequestBody CriterionRequest request) {
		return this.criteria.add(user, request.name(), request.required());
	}

	@PutMapping("/api/v1/qualification-criteria/{criterionId}")
	@Operation(summary = "Rename, require or retire a criterion (directors and admins)")
	QualificationCriteria.Criterion change(@AuthenticationPrincipal UserPrincipal user, @PathVariable long criterionId,
			@Valid @RequestBody CriterionRequest request) {
		return this.criteria.change(user, criterionId, request.name(), request.required(),
				request.active() == null || request.active());
	}

}
