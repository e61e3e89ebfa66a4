package org.salesteam.customer.web;

import java.util.List;

import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.internal.ClassOverride;
import org.salesteam.customer.internal.CustomerFilter;
import org.salesteam.customer.internal.CustomerList;
import org.salesteam.customer.internal.CustomerOwnership;
import org.salesteam.customer.internal.OwnerChoices;
import org.salesteam.customer.internal.ReferenceData;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /customers}: the visible customers with search, filters, sorting and paging;
 * htmx requests get only the results. Managers and above re-assign or re-classify the
 * ticked customers in bulk.
 */
@Controller
class CustomerListController {

	private final CustomerList list;

	private final ReferenceData reference;

	private final OwnerChoices owners;

	private final CustomerOwnership ownership;

	private final ClassOverride classOverride;

	CustomerListController(CustomerList list, ReferenceData reference, OwnerChoices owners, CustomerOwnership ownership,
			ClassOverride classOverride) {
		this.list = list;
		this.reference = reference;
		this.owners = owners;
		this.ownership = ownership;
		this.classOverride = classOverride;
	}

	@GetMapping("/customers")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) CustomerStatus status,
			@RequestParam(required = false) CustomerClass customerClass,
			@RequestParam(required = false) Long territoryId, @RequestParam(required = false) Long segmentId,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Boolean keyAccount,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "false") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		boolean pool = "pool".equals(owner);
		Long ownerId = (!pool && owner != null && owner.matches("\\d{1,18}")) ? Long.valueOf(owner) : null;
		CustomerFilter filter = new CustomerFilter(q, status, customerClass, territoryId, segmentId, ownerId, pool,
				keyAccount, sort, desc, page, size);
		model.addAttribute("filter", filter);
		model.addAttribute("owner", pool ? "pool" : (ownerId != null) ? ownerId.toString() : "");
		model.addAttribute("result", this.list.find(user, filter));
		model.addAttribute("links",
				new ListLinks(filter, pool ? "pool" : (ownerId != null) ? ownerId.toString() : null));
		model.addAttribute("mayManage", CustomerOwnership.mayTransfer(user));
		if (WebSupport.isHtmx(htmx)) {
			return "customer/list :: results";
		}
		model.addAttribute("statuses", CustomerStatus.values());
		model.addAttribute("classes", CustomerClass.values());
		model.addAttribute("territories", this.reference.territories());
		model.addAttribute("segments", this.reference.segments());
		model.addAttribute("owners", this.owners.assignable(user));
		return "customer/list";
	}

	@PostMapping("/customers/bulk")
	ModelAndView bulk(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String action,
			@RequestParam(required = false) Long toOwnerId, @RequestParam(required = false) CustomerClass newClass,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("error", "customer.bulk.noneSelected");
			return WebSupport.seeOther("/customers");
		}
		try {
			if ("transfer".equals(action)) {
				if (toOwnerId == null) {
					throw BusinessRuleException.onField("toRep", "customer.bulk.chooseOwner");
				}
				int count = this.ownership.transfer(user, ids, toOwnerId);
				redirect.addFlashAttribute("message", "customer.bulk.transferred");
				redirect.addFlashAttribute("count", count);
			}
			else {
				if (newClass == null) {
					throw BusinessRuleException.onField("newClass", "customer.bulk.chooseClass");
				}
				int count = this.classOverride.execute(user, ids, newClass, (reason != null) ? reason : "");
				redirect.addFlashAttribute("message", "customer.bulk.reclassified");
				redirect.addFlashAttribute("count", count);
			}
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return WebSupport.seeOther("/customers");
	}

}
