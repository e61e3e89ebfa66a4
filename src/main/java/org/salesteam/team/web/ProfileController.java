package org.salesteam.team.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.User;
import org.salesteam.team.internal.ApiTokens;
import org.salesteam.team.internal.OwnProfile;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /profile}: every signed-in user's own details, language, password and personal
 * API tokens. Saving takes effect in the current session at once: the new language
 * through the {@link LocaleResolver}, the new name in the session's principal.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private static final String VIEW = "team/profile";

	private final OwnProfile profile;

	private final ApiTokens tokens;

	private final PrincipalSource principals;

	private final SecurityContextRepository contextRepository;

	private final LocaleResolver localeResolver;

	ProfileController(OwnProfile profile, ApiTokens tokens, PrincipalSource principals,
			SecurityContextRepository contextRepository, LocaleResolver localeResolver) {
		this.profile = profile;
		this.tokens = tokens;
		this.principals = principals;
		this.contextRepository = contextRepository;
		this.localeResolver = localeResolver;
	}

	@GetMapping
	String show(@AuthenticationPrincipal UserPrincipal me, Model model) {
		User user = this.profile.get(me.id());
		return show(user, ProfileForm.from(user), new PasswordChangeForm(), model);
	}

	@PostMapping
	String update(@AuthenticationPrincipal UserPrincipal me, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return show(this.profile.get(me.id()), form, new PasswordChangeForm(), model);
		}
		Locale locale = Locale.forLanguageTag(form.getLocale());
		this.profile.update(me.id(), form.getDisplayName(), form.getEmail(), locale);
		this.localeResolver.setLocale(request, response, locale);
		refreshPrincipal(me, request, response);
		Flash.success(redirect, "profile.saved");
		return SeeOther.to("/profile");
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal UserPrincipal me,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmPassword") && !form.confirmationMatches()) {
			result.rejectValue("confirmPassword", "form.passwordMismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.profile.changePassword(me.id(), form.getCurrentPassword(), form.getNewPassword());
				Flash.success(redirect, "profile.passwordChanged");
				return SeeOther.to("/profile");
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		User user = this.profile.get(me.id());
		return show(user, ProfileForm.from(user), form, model);
	}

	@PostMapping("/tokens")
	String issueToken(@AuthenticationPrincipal UserPrincipal me, RedirectAttributes redirect) {
		ApiTokens.Issued issued = this.tokens.issue(me.id());
		redirect.addFlashAttribute("newToken", issued.token());
		Flash.success(redirect, "profile.token.issued");
		return SeeOther.to("/profile#tokens");
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.tokens.revoke(me.id(), id)) {
			throw new org.salesteam.platform.NotFoundException("entity.apiToken", id);
		}
		Flash.success(redirect, "profile.token.revoked");
		return SeeOther.to("/profile#tokens");
	}

	private String show(User user, ProfileForm form, PasswordChangeForm passwordForm, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("passwordForm", passwordForm);
		model.addAttribute("languages", Languages.TAGS);
		model.addAttribute("tokens", this.tokens.listFor(user.getId()));
		return VIEW;
	}

	private void refreshPrincipal(UserPrincipal me, HttpServletRequest request, HttpServletResponse response) {
		this.principals.reload(me.id()).ifPresent((fresh) -> {
			fresh.eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contextRepository.saveContext(context, request, response);
		});
	}

}
