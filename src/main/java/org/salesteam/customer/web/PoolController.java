package org.salesteam.customer.web;

import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.internal.CustomerOwnership;
import org.salesteam.customer.internal.CustomerRules;
import org.salesteam.customer.internal.PoolList;
import org.salesteam.customer.internal.ReferenceData;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /customers/pool}: the customers without owner that a rep or manager may claim,
 * and the user's own customers about to return to the pool.
 */
@Controller
class PoolController {

	private final PoolList pool;

	private final CustomerOwnership ownership;

	private final CustomerRules rules;

	private final ReferenceData reference;

	PoolController(PoolList pool, CustomerOwnership ownership, CustomerRules rules, ReferenceData reference) {
		this.pool = pool;
		this.ownership = ownership;
		this.rules = rules;
		this.reference = reference;
	}

	@GetMapping("/customers/pool")
	String pool(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long territoryId,
			@RequestParam(required = false) CustomerClass customerClass, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (!PoolList.maySeePool(user)) {
			throw new AccessDeniedException("no pool rights");
		}
		model.addAttribute("result", this.pool.find(user, q, territoryId, customerClass, page, 25));
		model.addAttribute("q", q);
		model.addAttribute("territoryId", territoryId);
		model.addAttribute("customerClass", customerClass);
		model.addAttribute("mayClaim", CustomerOwnership.mayClaim(user));
		if (WebSupport.isHtmx(htmx)) {
			return "customer/pool :: results";
		}
		model.addAttribute("expiring", this.pool.expiring(user));
		model.addAttribute("settings", this.rules.current());
		model.addAttribute("owned", this.ownership.ownedBy(user));
		model.addAttribute("territories", this.reference.territories());
		model.addAttribute("classes", CustomerClass.values());
		return "customer/pool";
	}

	@PostMapping("/customers/{id}/claim")
	ModelAndView claim(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			this.ownership.claim(user, id);
			redirect.addFlashAttribute("message", "customer.pool.claimed");
			return WebSupport.seeOther("/customers/" + id);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
			return WebSupport.seeOther("/customers/pool");
		}
	}

}
