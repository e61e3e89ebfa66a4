package org.salesteam.sales.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.internal.OpportunityEditing;
import org.salesteam.sales.internal.OpportunityFilter;
import org.salesteam.sales.internal.OpportunityList;
import org.salesteam.sales.internal.OpportunityRecords;
import org.salesteam.sales.internal.SalesAccess;
import org.salesteam.sales.internal.SalesChoices;
import org.salesteam.sales.internal.SalesNames;
import org.salesteam.sales.internal.StageProbabilities;

import org.springframework.format.annotation.DateTimeFormat;
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
 * {@code /opportunities}: the visible pipeline as a list or as a stage board, one
 * opportunity with its history, and stage moves (303 back to it).
 */
@Controller
class OpportunityPageController {

	private static final int CARDS_PER_STAGE = 30;

	private final OpportunityList list;

	private final OpportunityEditing editing;

	private final SalesAccess access;

	private final SalesNames names;

	private final SalesChoices choices;

	private final StageProbabilities probabilities;

	private final OpportunityRecords records;

	OpportunityPageController(OpportunityList list, OpportunityEditing editing, SalesAccess access, SalesNames names,
			SalesChoices choices, StageProbabilities probabilities, OpportunityRecords records) {
		this.list = list;
		this.editing = editing;
		this.access = access;
		this.names = names;
		this.choices = choices;
		this.probabilities = probabilities;
		this.records = records;
	}

	@GetMapping("/opportunities")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) OpportunityStage stage, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "close") String sort, @RequestParam(defaultValue = "false") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestParam(defaultValue = "list") String view,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		OpportunityFilter filter = new OpportunityFilter(q, stage, open, ownerId, null, from, to, sort, desc, page,
				size);
		boolean board = "board".equals(view);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", filter.q());
		params.put("stage", filter.stage());
		params.put("open", filter.openOnly());
		params.put("ownerId", filter.ownerId());
		params.put("from", filter.from());
		params.put("to", filter.to());
		params.put("size", filter.size());
		params.put("view", board ? "board" : null);
		model.addAttribute("filter", filter);
		model.addAttribute("board", board);
		if (board) {
			model.addAttribute("columns", this.list.board(user, filter, CARDS_PER_STAGE));
		}
		else {
			model.addAttribute("result", this.list.find(user, filter));
		}
		model.addAttribute("links", new Links("/opportunities", params, filter.sort(), filter.descending()));
		model.addAttribute("stages", OpportunityStage.values());
		model.addAttribute("closedStages", List.of(OpportunityStage.WON, OpportunityStage.LOST));
		model.addAttribute("visibility", this.access.visibility(user));
		if (Web.isHtmx(htmx)) {
			return "sales/opportunity-list :: results";
		}
		model.addAttribute("owners", this.choices.owners(user));
		return "sales/opportunity-list";
	}

	@GetMapping("/opportunities/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Opportunity opportunity = this.access.opportunity(user, id);
		model.addAttribute("opportunity", OpportunityView.of(opportunity, this.names, this.probabilities.all()));
		model.addAttribute("stages", OpportunityStage.values());
		model.addAttribute("mayMove",
				!opportunity.getStage().isClosed() || this.access.isSuperiorOf(user, opportunity.getOwnerId()));
		model.addAttribute("mayOrder", opportunity.getStage() == OpportunityStage.WON);
		model.addAttribute("orders", this.records.orders(user, id));
		model.addAttribute("visits", this.records.visits(user, id));
		return "sales/opportunity-show";
	}

	/**
	 * A stage move from the opportunity's page, or from the board ({@code back=board}: a
	 * card dragged to another column or its "move to" choice), which answers 303 back to
	 * the board with the same messages.
	 */
	@PostMapping("/opportunities/{id}/stage")
	ModelAndView move(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) OpportunityStage stage, @RequestParam(required = false) String lostReason,
			@RequestParam(required = false) String competitor, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		try {
			this.editing.move(user, id, stage, lostReason, competitor);
			redirect.addFlashAttribute("message", "sales.opportunity.moved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return Web.seeOther("board".equals(back) ? "/opportunities?view=board" : "/opportunities/" + id);
	}

}
