package org.salesteam.customer.web;

import java.util.List;

import org.salesteam.customer.internal.CustomerFilter;
import org.salesteam.customer.internal.CustomerList;
import org.salesteam.customer.internal.CustomerOwnership;
import org.salesteam.customer.internal.OwnerChoices;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /customers/transfer}: a manager hands customers of one rep to another rep of the
 * team (a director or admin across teams), e.g. when a rep leaves.
 */
@Controller
class TransferController {

	private final CustomerList list;

	private final OwnerChoices owners;

	private final CustomerOwnership ownership;

	TransferController(CustomerList list, OwnerChoices owners, CustomerOwnership ownership) {
		this.list = list;
		this.owners = owners;
		this.ownership = ownership;
	}

	@GetMapping("/customers/transfer")
	String transfer(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long from,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (!CustomerOwnership.mayTransfer(user)) {
			throw new AccessDeniedException("no transfer rights");
		}
		model.addAttribute("owners", this.owners.assignable(user));
		model.addAttribute("from", from);
		if (from != null) {
			CustomerFilter filter = new CustomerFilter(null, null, null, null, null, from, false, null, "name", false,
					page, CustomerFilter.MAX_SIZE);
			model.addAttribute("result", this.list.find(user, filter));
		}
		return "customer/transfer";
	}

	@PostMapping("/customers/transfer")
	ModelAndView transfer(@AuthenticationPrincipal UserPrincipal user, @RequestParam Long from,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(required = false) Long toOwnerId, RedirectAttributes redirect) {
		try {
			if (ids == null || ids.isEmpty()) {
				throw new BusinessRuleException("customer.bulk.noneSelected");
			}
			if (toOwnerId == null) {
				throw new BusinessRuleException("customer.bulk.chooseOwner");
			}
			int count = this.ownership.transfer(user, ids, toOwnerId);
			redirect.addFlashAttribute("message", "customer.bulk.transferred");
			redirect.addFlashAttribute("count", count);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return WebSupport.seeOther("/customers/transfer?from=" + from);
	}

}
