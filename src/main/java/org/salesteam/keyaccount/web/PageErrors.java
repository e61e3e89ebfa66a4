package org.salesteam.keyaccount.web;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The key-account pages' small forms: a change is done and the page shown again (303); a
 * broken rule is shown on the page it came from as a translated message.
 */
@Component
class PageErrors {

	/** One form's work. */
	interface Work {

		void run();

	}

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	ModelAndView run(String back, RedirectAttributes redirect, Work work) {
		try {
			work.run();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(),
					ex.messageKey(), LocaleContextHolder.getLocale()));
		}
		return FormPages.seeOther(back);
	}

}
