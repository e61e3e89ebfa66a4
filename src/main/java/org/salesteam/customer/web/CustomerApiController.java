package org.salesteam.customer.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.internal.ClassHistory;
import org.salesteam.customer.internal.ClassOverride;
import org.salesteam.customer.internal.CustomerAccess;
import org.salesteam.customer.internal.CustomerEditing;
import org.salesteam.customer.internal.CustomerFilter;
import org.salesteam.customer.internal.CustomerList;
import org.salesteam.customer.internal.CustomerOwnership;
import org.salesteam.customer.internal.DuplicateCustomerException;
import org.salesteam.customer.internal.SimilarCustomers;
import org.salesteam.customer.internal.PoolList;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers}: the caller's visible customers, the pool, claims, transfers
 * and manual classes. A customer the caller may not see answers 404.
 */
@RestController
@Tag(name = "customers")
class CustomerApiController {

	record TransferRequest(
			@NotEmpty(message = "{customer.validation.required}") @Size(max = 1000,
					message = "{customer.validation.tooMany}") List<Long> customerIds,
			@NotNull(message = "{customer.validation.required}") String toRepUsername) {
	}

	record TransferResult(int transferred) {
	}

	record ClassificationRequest(
			@JsonProperty("class") @NotNull(message = "{customer.validation.required}") CustomerClass customerClass,
			@Size(max = 500, message = "{customer.validation.max.reason}") String reason) {
	}

	private final CustomerList list;

	private final CustomerAccess access;

	private final CustomerEditing editing;

	private final CustomerOwnership ownership;

	private final ClassOverride classOverride;

	private final ClassHistory history;

	private final PoolList pool;

	private final CustomerNames names;

	private final TeamDirectory directory;

	private final SimilarCustomers similar;

	private final MessageSource messages;

	CustomerApiController(CustomerList list, CustomerAccess access, CustomerEditing editing,
			CustomerOwnership ownership, ClassOverride classOverride, ClassHistory history, PoolList pool,
			CustomerNames names, TeamDirectory directory, SimilarCustomers similar, MessageSource messages) {
		this.similar = similar;
		this.messages = messages;
		this.list = list;
		this.access = access;
		this.editing = editing;
		this.ownership = ownership;
		this.classOverride = classOverride;
		this.history = history;
		this.pool = pool;
		this.names = names;
		this.directory = directory;
	}

	@GetMapping("/api/v1/customers")
	@Operation(summary = "Visible customers, filtered and sorted; nextPage is null on the last page")
	CustomerList.Page list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) CustomerStatus status,
			@RequestParam(name = "class", required = false) CustomerClass customerClass,
			@RequestParam(required = false) Long territoryId, @RequestParam(required = false) Long segmentId,
			@RequestParam(required = false) Long ownerId, @RequestParam(defaultValue = "false") boolean pool,
			@RequestParam(required = false) Boolean keyAccount, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.list.find(user, new CustomerFilter(q, status, customerClass, territoryId, segmentId, ownerId, pool,
				keyAccount, sort, desc, page, size));
	}

	@GetMapping("/api/v1/customers/pool")
	@Operation(summary = "Customers in the pool (公海) that reps and managers may claim")
	PoolList.Page pool(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long territoryId,
			@RequestParam(name = "class", required = false) CustomerClass customerClass,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return this.pool.find(user, q, territoryId, customerClass, page, size);
	}

	@GetMapping("/api/v1/customers/{id}")
	@Operation(summary = "One visible customer")
	CustomerView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return view(this.access.readable(user, id));
	}

	@GetMapping("/api/v1/customers/similar")
	@Operation(summary = "The duplicate check (查重): customers with the same name (without 有限公司 and the like, "
			+ "spaces, full-width forms), tax id or phone; those the caller may not read only counted")
	SimilarView similar(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String taxId) {
		return SimilarView.of(this.similar.find(user, name, phone, taxId, null));
	}

	@PostMapping("/api/v1/customers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a customer; its class follows from the potential, its code is automatic "
			+ "(admins may send one). The same name or tax id as a stored customer answers 409 with the similar "
			+ "customers, unless confirmDuplicate is true")
	CustomerView create(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody CustomerRequest request) {
		Long ownerId = null;
		if (request.ownerUsername() != null && !request.ownerUsername().isBlank()) {
			ownerId = memberId(request.ownerUsername(), "ownerUsername");
		}
		return view(this.editing.register(user, request.toProfile(), ownerId,
				Boolean.TRUE.equals(request.confirmDuplicate())));
	}

	/**
	 * 409 problem details: {@code similar} the customers the caller may read,
	 * {@code hiddenMatches} how many others match (see {@link SimilarView}).
	 */
	@ExceptionHandler(DuplicateCustomerException.class)
	ProblemDetail duplicate(DuplicateCustomerException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		SimilarView view = SimilarView.of(ex.matches());
		String names = view.similar()
			.stream()
			.map((item) -> item.name() + " (" + item.code() + ")")
			.collect(java.util.stream.Collectors.joining("、"));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, this.messages
			.getMessage("customer.duplicate.problem", new Object[] { names.isEmpty() ? "—" : names }, locale));
		problem.setTitle(this.messages.getMessage("customer.duplicate.title", null, locale));
		problem.setProperty("similar", view.similar());
		problem.setProperty("hiddenMatches", view.hiddenMatches());
		return problem;
	}

	@PutMapping("/api/v1/customers/{id}")
	@Operation(summary = "Change a visible customer; a stale version answers 409")
	CustomerView update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody CustomerRequest request) {
		this.access.visible(user, id);
		if (request.version() == null) {
			throw BusinessRuleException.onField("version", "customer.validation.required");
		}
		return view(this.editing.revise(user, id, request.version(), request.toProfile()));
	}

	@PostMapping("/api/v1/customers/{id}/claim")
	@Operation(summary = "Claim a customer from the pool, within the claim limit")
	CustomerView claim(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return view(this.ownership.claim(user, id));
	}

	@PostMapping("/api/v1/customers/transfer")
	@Operation(summary = "Give customers to another rep (managers within their team, directors and admins anywhere)")
	TransferResult transfer(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody TransferRequest request) {
		long toRep = memberId(request.toRepUsername(), "toRepUsername");
		return new TransferResult(this.ownership.transfer(user, request.customerIds(), toRep));
	}

	@PostMapping("/api/v1/customers/{id}/classification")
	@Operation(summary = "Set the class by hand, with a reason (managers, directors, admins)")
	CustomerView classify(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody ClassificationRequest request) {
		this.classOverride.execute(user, List.of(id), request.customerClass(),
				(request.reason() != null) ? request.reason() : "");
		return view(this.access.visible(user, id));
	}

	@GetMapping("/api/v1/customers/{id}/class-history")
	@Operation(summary = "Every change of a visible customer's class, newest first")
	List<ClassHistory.Entry> classHistory(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.access.readable(user, id);
		return this.history.of(id);
	}

	private long memberId(String username, String field) {
		return this.directory.findMemberByUsername(username)
			.filter(TeamDirectory.Member::active)
			.map(TeamDirectory.Member::id)
			.orElseThrow(() -> BusinessRuleException.onField(field, "customer.error.unknownUser", username));
	}

	private CustomerView view(Customer customer) {
		return CustomerView.of(customer, this.names.of(customer));
	}

}
