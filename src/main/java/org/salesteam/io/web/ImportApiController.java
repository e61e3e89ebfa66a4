package org.salesteam.io.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.io.internal.ImportDownloads;
import org.salesteam.io.internal.ImportErrors;
import org.salesteam.io.internal.ImportJob;
import org.salesteam.io.internal.ImportJobs;
import org.salesteam.io.internal.ImportPreview;
import org.salesteam.io.internal.ImportRequests;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/imports}: upload a file to import in the background, then poll the job.
 * Errors name the file's line (header = 1), the column header and the reason in the
 * caller's language.
 */
@RestController
@Tag(name = "imports")
class ImportApiController {

	/** Errors listed per job at most (the rest are counted in rowsRejected). */
	static final int MAX_ERRORS = 100_000;

	record Created(long id) {
	}

	record ErrorJson(int row, String column, String value, String message) {
	}

	record JobJson(long id, String kind, String mode, String writes, boolean createMissing, String status,
			String fileName, int totalRows, int rowsRead, int rowsImported, int rowsCreated, int rowsUpdated,
			int rowsUnchanged, int rowsRejected, String failure, List<ErrorJson> errors) {
	}

	private final ImportRequests requests;

	private final ImportJobs jobs;

	private final ImportErrors errors;

	private final ImportDownloads downloads;

	private final MessageSource messages;

	ImportApiController(ImportRequests requests, ImportJobs jobs, ImportErrors errors, ImportDownloads downloads,
			MessageSource messages) {
		this.requests = requests;
		this.jobs = jobs;
		this.errors = errors;
		this.downloads = downloads;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a .xlsx or CSV file (UTF-8, UTF-8 with BOM or GBK) in the background; "
			+ "kind = customers|contacts, mapping = JSON {targetField: column header} (default: suggested), "
			+ "mode = ALL_OR_NOTHING|SKIP_INVALID, writes = CREATE_AND_UPDATE|CREATE_ONLY|UPDATE_ONLY, "
			+ "createMissing = true creates territories, segments and categories the system lacks (ADMIN only; "
			+ "otherwise such a value is a row error)")
	ResponseEntity<Created> create(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam("file") MultipartFile file, @RequestParam("kind") String kind,
			@RequestParam(name = "mapping", required = false) String mapping,
			@RequestParam(name = "mode", defaultValue = "ALL_OR_NOTHING") String mode,
			@RequestParam(name = "writes", defaultValue = "CREATE_AND_UPDATE") String writes,
			@RequestParam(name = "createMissing", defaultValue = "false") boolean createMissing) {
		Locale locale = LocaleContextHolder.getLocale();
		long id;
		try (InputStream content = file.getInputStream()) {
			id = this.requests.importFile(user, kind, file.getOriginalFilename(), content, mapping,
					ImportWeb.mode(mode), ImportWeb.options(writes, createMissing), locale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(new Created(id));
	}

	@PostMapping(path = "/api/v1/imports/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "What importing the file would do, without writing anything: rows to be created, "
			+ "updated (with how many rows change each field), left unchanged and rejected, the missing "
			+ "territories/segments/categories and the row errors; same parameters as POST /api/v1/imports")
	ImportPreview preview(@AuthenticationPrincipal UserPrincipal user, @RequestParam("file") MultipartFile file,
			@RequestParam("kind") String kind, @RequestParam(name = "mapping", required = false) String mapping,
			@RequestParam(name = "mode", defaultValue = "ALL_OR_NOTHING") String mode,
			@RequestParam(name = "writes", defaultValue = "CREATE_AND_UPDATE") String writes,
			@RequestParam(name = "createMissing", defaultValue = "false") boolean createMissing) {
		try (InputStream content = file.getInputStream()) {
			return this.requests.previewFile(user, kind, file.getOriginalFilename(), content, mapping,
					ImportWeb.mode(mode), ImportWeb.options(writes, createMissing), LocaleContextHolder.getLocale());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/api/v1/imports/{id}")
	@Operation(summary = "An import job of the caller: status QUEUED|RUNNING|DONE|FAILED, counts and row errors")
	JobJson get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		Locale locale = LocaleContextHolder.getLocale();
		ImportJob job = this.jobs.visible(user, id);
		List<ErrorJson> found = this.errors.of(id, locale, MAX_ERRORS)
			.stream()
			.map((error) -> new ErrorJson(error.row(), error.column(), error.value(), error.message()))
			.toList();
		String failure = (job.failure() != null) ? this.messages.getMessage(job.failure(), null, job.failure(), locale)
				: null;
		return new JobJson(job.id(), job.kind(), job.importMode().name(), job.writeMode().name(), job.createMissing(),
				job.status().name(), job.fileName(), job.totalRows(), job.rowsRead(), job.rowsImported(),
				job.rowsCreated(), job.rowsUpdated(), job.rowsUnchanged(), job.rowsRejected(), failure, found);
	}

	@GetMapping("/api/v1/imports/{id}/rejected-rows")
	@Operation(summary = "The rejected rows of a finished job as .xlsx, with an error column")
	void rejectedRows(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		ImportJob job = this.downloads.rejectedRowsOf(user, id);
		ImportWeb.attachment(response, "xlsx", "rejected-rows-" + id);
		this.downloads.rejectedRows(job, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

}
