package org.salesteam.coaching.web;

import java.io.IOException;

import org.salesteam.coaching.internal.KnowledgeArtifacts;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checklist page's file proofs (ADR 0045): the rep uploads, the coach accepts or
 * rejects with a note, both download; back to the checklist with the outcome.
 */
@Controller
class ArtifactPageController {

	private final KnowledgeArtifacts artifacts;

	private final MessageSource messages;

	ArtifactPageController(KnowledgeArtifacts artifacts, MessageSource messages) {
		this.artifacts = artifacts;
		this.messages = messages;
	}

	@PostMapping("/knowledge/{username}/items/{code}/artifacts")
	String upload(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, @PathVariable String code,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			this.artifacts.upload(user, username, code, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : null);
			redirect.addFlashAttribute("message", "coaching.artifact.uploaded");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex));
		}
		return "redirect:/knowledge/" + username;
	}

	@PostMapping("/knowledge/{username}/artifacts/{id}/decision")
	String decide(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, @PathVariable long id,
			@RequestParam boolean accept, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.artifacts.decide(user, id, new KnowledgeArtifacts.Decision(accept, note));
			redirect.addFlashAttribute("message", accept ? "coaching.artifact.accepted" : "coaching.artifact.rejected");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex));
		}
		return "redirect:/knowledge/" + username;
	}

	@GetMapping("/knowledge/{username}/artifacts/{id}/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable long id) {
		return ArtifactApiController.download(this.artifacts.file(user, id));
	}

	private String text(BusinessRuleException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale());
	}

}
