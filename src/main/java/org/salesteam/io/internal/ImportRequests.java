package org.salesteam.io.internal;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Starting imports: an upload is stored and scanned at once (structural problems are
 * refused before any job exists), then a job is created with a checked mapping and handed
 * to the {@link ImportRunner}. The API does both steps in one request; the pages stage
 * the upload first, show a preview and let the user map the columns.
 */
@Service
public class ImportRequests {

	/** A staged upload as the mapping page shows it. */
	public record StagedUpload(String token, String kind, String fileName, FileScan scan,
			Map<String, String> suggested) {
	}

	private final ImportKinds kinds;

	private final ImportFiles files;

	private final ImportJobs jobs;

	private final ImportRunner runner;

	private final ObjectMapper json;

	ImportRequests(ImportKinds kinds, ImportFiles files, ImportJobs jobs, ImportRunner runner, ObjectMapper json) {
		this.kinds = kinds;
		this.files = files;
		this.jobs = jobs;
		this.runner = runner;
		this.json = json;
	}

	/** Stores and scans an upload for {@code kind}. */
	public StagedUpload stage(UserPrincipal user, String kind, String fileName, InputStream content) {
		ImportKind found = allowed(user, kind);
		ImportFiles.Staged staged = this.files.stage(user.id(), safeName(fileName), content);
		FileScan scan;
		try {
			scan = FileScan.of(staged.file(), this.files.properties());
		}
		catch (RuntimeException ex) {
			this.files.discard(staged.token());
			throw ex;
		}
		this.files.remember(staged, scan);
		return new StagedUpload(staged.token(), found.name(), staged.fileName(), scan,
				this.kinds.suggest(found.name(), scan.headers()));
	}

	/** A staged upload of the user, with its header and preview. */
	public StagedUpload staged(UserPrincipal user, String kind, String token) {
		ImportKind found = allowed(user, kind);
		ImportFiles.Staged staged = this.files.staged(user.id(), token)
			.orElseThrow(() -> new NotFoundException("entity.upload", token));
		FileScan scan = FileScan.head(staged.file(), staged.layout(), staged.rows());
		return new StagedUpload(token, found.name(), staged.fileName(), scan,
				this.kinds.suggest(found.name(), scan.headers()));
	}

	/**
	 * Creates the job for a staged upload and queues it.
	 * @param mapping target field → column header; blank headers are ignored
	 * @return the job's id
	 */
	public long start(UserPrincipal user, String kind, String token, Map<String, String> mapping, ImportMode mode,
			ImportOptions options, Locale locale) {
		ImportKind found = allowed(user, kind);
		ImportFiles.Staged staged = this.files.staged(user.id(), token)
			.orElseThrow(() -> new NotFoundException("entity.upload", token));
		FileScan scan = FileScan.head(staged.file(), staged.layout(), staged.rows());
		Map<String, String> checked = check(found, mapping, scan.headers());
		long id = this.jobs.create(found.name(), mode, allowed(user, options), staged.fileName(), scan, write(checked),
				user.id(), locale.toLanguageTag());
		this.files.attach(staged, id);
		this.runner.submit(id, user);
		return id;
	}

	/**
	 * What importing a staged upload with this mapping and these options would do; writes
	 * nothing.
	 */
	public ImportPreview preview(UserPrincipal user, String kind, String token, Map<String, String> mapping,
			ImportMode mode, ImportOptions options, Locale locale) {
		ImportKind found = allowed(user, kind);
		ImportFiles.Staged staged = this.files.staged(user.id(), token)
			.orElseThrow(() -> new NotFoundException("entity.upload", token));
		FileScan scan = FileScan.head(staged.file(), staged.layout(), staged.rows());
		Map<String, String> checked = check(found, mapping, scan.headers());
		return this.runner.preview(found, user, mode, allowed(user, options), checked, staged.file(), staged.layout(),
				locale);
	}

	/**
	 * Upload and preview in one step (the API); the upload is discarded afterwards.
	 * @param mapping JSON object target field → column header; null takes the suggestion
	 */
	public ImportPreview previewFile(UserPrincipal user, String kind, String fileName, InputStream content,
			String mapping, ImportMode mode, ImportOptions options, Locale locale) {
		Map<String, String> requested = (mapping != null && !mapping.isBlank()) ? read(mapping) : null;
		StagedUpload staged = stage(user, kind, fileName, content);
		try {
			return preview(user, kind, staged.token(), (requested != null) ? requested : staged.suggested(), mode,
					options, locale);
		}
		finally {
			this.files.discard(staged.token());
		}
	}

	/**
	 * Upload and start in one step (the API).
	 * @param mapping JSON object target field → column header; null takes the suggestion
	 */
	public long importFile(UserPrincipal user, String kind, String fileName, InputStream content, String mapping,
			ImportMode mode, ImportOptions options, Locale locale) {
		Map<String, String> requested = (mapping != null && !mapping.isBlank()) ? read(mapping) : null;
		StagedUpload staged = stage(user, kind, fileName, content);
		return start(user, kind, staged.token(), (requested != null) ? requested : staged.suggested(), mode, options,
				locale);
	}

	Map<String, String> read(String mapping) {
		try {
			Map<String, Object> raw = this.json.readValue(mapping, new TypeReference<Map<String, Object>>() {
			});
			Map<String, String> result = new LinkedHashMap<>();
			raw.forEach((field, header) -> result.put(field, (header != null) ? header.toString() : null));
			return result;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new FileRejectedException("io.mapping.unreadable");
		}
	}

	private String write(Map<String, String> mapping) {
		return this.json.writeValueAsString(mapping);
	}

	/** Only an admin may have missing reference data created. */
	private static ImportOptions allowed(UserPrincipal user, ImportOptions options) {
		if (options.createMissing() && !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("only an admin may create missing reference data");
		}
		return options;
	}

	private ImportKind allowed(UserPrincipal user, String kind) {
		ImportKind found = this.kinds.get(kind);
		if (!found.allows(user)) {
			throw new AccessDeniedException("may not import " + kind);
		}
		return found;
	}

	/**
	 * The mapping without blanks, refused when it names a field the kind does not have or
	 * a header the file does not have, or leaves a required field out.
	 */
	static Map<String, String> check(ImportKind kind, Map<String, String> mapping, List<String> headers) {
		Map<String, String> checked = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : mapping.entrySet()) {
			String header = (entry.getValue() != null) ? entry.getValue().trim() : "";
			if (header.isEmpty()) {
				continue;
			}
			if (kind.fields().stream().noneMatch((field) -> field.key().equals(entry.getKey()))) {
				throw new FileRejectedException("io.mapping.unknownField", entry.getKey());
			}
			if (!headers.contains(header)) {
				throw new FileRejectedException("io.mapping.unknownColumn", header);
			}
			checked.put(entry.getKey(), header);
		}
		for (ImportField field : kind.fields()) {
			if (field.required() && !checked.containsKey(field.key())) {
				throw new FileRejectedException("io.mapping.required", new DefaultMessageSourceResolvable(
						new String[] { HeaderMatcher.labelKey(kind.name(), field) }, field.key()));
			}
		}
		return checked;
	}

	private static String safeName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "upload";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

}
