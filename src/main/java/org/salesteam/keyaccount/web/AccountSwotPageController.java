package org.salesteam.keyaccount.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.keyaccount.internal.AccountSwotEditing;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SWOT form of the account page ({@code POST /customers/{id}/swot}): the four texts
 * and rows of competitor name and share; a row left empty is no competitor, a share that
 * is not a number is a 422 on its row, as through the API.
 */
@Controller
class AccountSwotPageController {

	private final AccountSwotEditing swots;

	private final PageErrors forms;

	AccountSwotPageController(AccountSwotEditing swots, PageErrors forms) {
		this.swots = swots;
		this.forms = forms;
	}

	@PostMapping("/customers/{id}/swot")
	ModelAndView write(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String strengths, @RequestParam(required = false) String weaknesses,
			@RequestParam(required = false) String opportunities, @RequestParam(required = false) String threats,
			@RequestParam(name = "competitorName", required = false) List<String> names,
			@RequestParam(name = "competitorShare", required = false) List<String> shares,
			RedirectAttributes redirect) {
		return this.forms.run("/customers/" + id + "/key-account#swot", redirect,
				() -> this.swots.write(user, id,
						new AccountSwotEditing.Swot(strengths, weaknesses, opportunities, threats),
						competitors(names, shares)));
	}

	private static List<AccountSwotEditing.Competitor> competitors(List<String> names, List<String> shares) {
		List<AccountSwotEditing.Competitor> competitors = new ArrayList<>();
		int rows = Math.max((names != null) ? names.size() : 0, (shares != null) ? shares.size() : 0);
		for (int row = 0; row < rows; row++) {
			String name = cell(names, row);
			String share = cell(shares, row);
			if (name.isEmpty() && share.isEmpty()) {
				continue;
			}
			try {
				competitors
					.add(new AccountSwotEditing.Competitor(name, share.isEmpty() ? null : new BigDecimal(share)));
			}
			catch (NumberFormatException notANumber) {
				throw BusinessRuleException.onField("competitors[" + competitors.size() + "].share",
						"keyaccount.error.competitorShare");
			}
		}
		return competitors;
	}

	private static String cell(List<String> column, int row) {
		return (column != null && row < column.size() && column.get(row) != null) ? column.get(row).trim() : "";
	}

}
