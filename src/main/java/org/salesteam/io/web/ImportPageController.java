package org.salesteam.io.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.io.internal.FileRejectedException;
import org.salesteam.io.internal.ImportDownloads;
import org.salesteam.io.internal.ImportErrors;
import org.salesteam.io.internal.ImportJob;
import org.salesteam.io.internal.ImportJobs;
import org.salesteam.io.internal.ImportKinds;
import org.salesteam.io.internal.ImportMode;
import org.salesteam.io.internal.ImportOptions;
import org.salesteam.io.internal.ImportPreview;
import org.salesteam.io.internal.ImportWrites;
import org.salesteam.io.internal.ImportProperties;
import org.salesteam.io.internal.ImportRequests;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The import pages: upload → preview and map the columns → choose the mode → start → a
 * progress page that htmx polls every second until the job is finished (it survives a
 * reload: the state is the job's, in the database) → the result with its errors and the
 * rejected rows as {@code .xlsx}. Example templates per kind in both languages.
 */
@Controller
class ImportPageController {

	private static final String MAP_PREFIX = "map_";

	/** Errors shown on the page; all of them are in the rejected-rows file. */
	private static final int SHOWN_ERRORS = 200;

	private final ImportRequests requests;

	private final ImportKinds kinds;

	private final ImportJobs jobs;

	private final ImportErrors errors;

	private final ImportDownloads downloads;

	private final ImportProperties properties;

	ImportPageController(ImportRequests requests, ImportKinds kinds, ImportJobs jobs, ImportErrors errors,
			ImportDownloads downloads, ImportProperties properties) {
		this.properties = properties;
		this.requests = requests;
		this.kinds = kinds;
		this.jobs = jobs;
		this.errors = errors;
		this.downloads = downloads;
	}

	@GetMapping("/imports")
	String index(@AuthenticationPrincipal UserPrincipal user, Model model) {
		List<ImportKinds.KindInfo> importable = this.kinds.importableBy(user);
		if (importable.isEmpty()) {
			throw new AccessDeniedException("no import rights");
		}
		model.addAttribute("kinds", importable);
		model.addAttribute("jobs", this.jobs.recent(user, 20));
		model.addAttribute("maxMb", this.properties.maxFileSize().toMegabytes());
		return "io/imports";
	}

	@PostMapping("/imports")
	Object upload(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new FileRejectedException("io.file.missing");
			}
			ImportRequests.StagedUpload staged;
			try (InputStream content = file.getInputStream()) {
				staged = this.requests.stage(user, kind, file.getOriginalFilename(), content);
			}
			return seeOther("/imports/upload/" + staged.token() + "?kind=" + staged.kind());
		}
		catch (FileRejectedException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("selectedKind", kind);
			index(user, model);
			return new ModelAndView("io/imports", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/imports/upload/{token}")
	String mapping(@AuthenticationPrincipal UserPrincipal user, @PathVariable String token, @RequestParam String kind,
			Model model) {
		ImportRequests.StagedUpload staged = this.requests.staged(user, kind, token);
		model.addAttribute("staged", staged);
		model.addAttribute("kind", this.kinds.info(staged.kind()));
		model.addAttribute("selected", staged.suggested());
		model.addAttribute("modes", ImportMode.values());
		model.addAttribute("mode", ImportMode.ALL_OR_NOTHING);
		model.addAttribute("writeModes", ImportWrites.values());
		model.addAttribute("writes", ImportWrites.CREATE_AND_UPDATE);
		model.addAttribute("mayCreateMissing", user.hasRole(Role.ADMIN));
		return "io/mapping";
	}

	@PostMapping("/imports/upload/{token}/preview")
	Object preview(@AuthenticationPrincipal UserPrincipal user, @PathVariable String token, @RequestParam String kind,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode,
			@RequestParam(defaultValue = "CREATE_AND_UPDATE") String writes,
			@RequestParam(defaultValue = "false") boolean createMissing, @RequestParam Map<String, String> form,
			Model model) {
		Map<String, String> mapping = mappingOf(form);
		try {
			ImportOptions options = ImportWeb.options(writes, createMissing);
			ImportPreview preview = this.requests.preview(user, kind, token, mapping, ImportWeb.mode(mode), options,
					LocaleContextHolder.getLocale());
			mapping(user, token, kind, model);
			model.addAttribute("selected", mapping);
			model.addAttribute("mode", ImportWeb.mode(mode));
			model.addAttribute("writes", options.writes());
			model.addAttribute("createMissing", options.createMissing());
			model.addAttribute("preview", preview);
			return "io/mapping";
		}
		catch (FileRejectedException ex) {
			mapping(user, token, kind, model);
			model.addAttribute("selected", mapping);
			model.addAttribute("error", ex);
			return new ModelAndView("io/mapping", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	private static Map<String, String> mappingOf(Map<String, String> form) {
		Map<String, String> mapping = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(MAP_PREFIX)) {
				mapping.put(name.substring(MAP_PREFIX.length()), value);
			}
		});
		return mapping;
	}

	@PostMapping("/imports/upload/{token}")
	Object start(@AuthenticationPrincipal UserPrincipal user, @PathVariable String token, @RequestParam String kind,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode,
			@RequestParam(defaultValue = "CREATE_AND_UPDATE") String writes,
			@RequestParam(defaultValue = "false") boolean createMissing, @RequestParam Map<String, String> form,
			Model model) {
		Map<String, String> mapping = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(MAP_PREFIX)) {
				mapping.put(name.substring(MAP_PREFIX.length()), value);
			}
		});
		try {
			long id = this.requests.start(user, kind, token, mapping, ImportWeb.mode(mode),
					ImportWeb.options(writes, createMissing), LocaleContextHolder.getLocale());
			return seeOther("/imports/" + id);
		}
		catch (FileRejectedException ex) {
			mapping(user, token, kind, model);
			model.addAttribute("selected", mapping);
			model.addAttribute("error", ex);
			return new ModelAndView("io/mapping", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/imports/{id}")
	String job(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ImportJob job = this.jobs.visible(user, id);
		model.addAttribute("job", job);
		if (job.finished()) {
			model.addAttribute("errors", this.errors.of(id, LocaleContextHolder.getLocale(), SHOWN_ERRORS));
		}
		return "true".equals(htmx) ? "io/job :: progress" : "io/job";
	}

	@GetMapping("/imports/{id}/rejected.xlsx")
	void rejected(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		ImportJob job = this.downloads.rejectedRowsOf(user, id);
		ImportWeb.attachment(response, "xlsx", "rejected-rows-" + id);
		this.downloads.rejectedRows(job, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/imports/templates/{kind}.xlsx")
	void template(@AuthenticationPrincipal UserPrincipal user, @PathVariable String kind, HttpServletResponse response)
			throws IOException {
		this.downloads.checkTemplate(user, kind);
		ImportWeb.attachment(response, "xlsx",
				"template-" + kind + "-" + LocaleContextHolder.getLocale().getLanguage());
		this.downloads.template(user, kind, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@ExceptionHandler(FileRejectedException.class)
	void rejected(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static ModelAndView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
