package org.salesteam.product.web;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.internal.ProductEditing;
import org.salesteam.product.internal.ProductList;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing products (admins and directors; others get 403). */
@Controller
class ProductFormController {

	private static final String VIEW = "product/form";

	private final ProductEditing editing;

	private final ProductList list;

	ProductFormController(ProductEditing editing, ProductList list) {
		this.editing = editing;
		this.list = list;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categories", this.list.categories());
	}

	@GetMapping("/products/new")
	String create(@AuthenticationPrincipal UserPrincipal user, Model model) {
		checkRights(user);
		model.addAttribute("productForm", new ProductForm());
		return VIEW;
	}

	@PostMapping("/products")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @Valid ProductForm productForm,
			BindingResult binding, RedirectAttributes redirect) {
		checkRights(user);
		if (!binding.hasErrors()) {
			try {
				this.editing.create(user, productForm.toData());
				redirect.addFlashAttribute("message", "product.saved");
				return Web.seeOther("/products");
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex);
			}
		}
		return new ModelAndView(VIEW, binding.getModel()).addObject("productForm", productForm);
	}

	@GetMapping("/products/{id}/edit")
	String edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		checkRights(user);
		model.addAttribute("productId", id);
		model.addAttribute("productForm", ProductForm.from(this.editing.get(id)));
		return VIEW;
	}

	@PostMapping("/products/{id}")
	ModelAndView edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid ProductForm productForm, BindingResult binding, RedirectAttributes redirect) {
		checkRights(user);
		this.editing.get(id);
		if (!binding.hasErrors()) {
			try {
				this.editing.revise(user, id, productForm.getVersion(), productForm.toData());
				redirect.addFlashAttribute("message", "product.saved");
				return Web.seeOther("/products");
			}
			catch (BusinessRuleException ex) {
				Web.reject(binding, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				binding.reject("problem.concurrentChange");
			}
		}
		return new ModelAndView(VIEW, binding.getModel()).addObject("productForm", productForm)
			.addObject("productId", id);
	}

	private static void checkRights(UserPrincipal user) {
		if (!ProductEditing.mayEdit(user)) {
			throw new AccessDeniedException("products are maintained by admins and directors");
		}
	}

}
