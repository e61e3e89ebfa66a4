package org.salesteam.coaching.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.coaching.internal.KnowledgeArtifacts;
import org.salesteam.platform.UserPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ARTIFACT proof by file upload (ADR 0045): the rep uploads
 * ({@code multipart/form-data}, part {@code file}; no {@code consumes}, so that a request
 * without it is refused by the rights first, 404 or 403, not 415), the coach decides, the
 * rep and whoever sees the rep's records list and download; anyone else gets 404.
 */
@RestController
@Tag(name = "coaching")
class ArtifactApiController {

	private final KnowledgeArtifacts artifacts;

	ArtifactApiController(KnowledgeArtifacts artifacts) {
		this.artifacts = artifacts;
	}

	@PostMapping("/api/v1/knowledge/{username}/items/{code}/artifacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The rep uploads a file (PDF, PNG, JPEG, docx, xlsx, pptx; at most 5 MB) for an ARTIFACT item")
	KnowledgeArtifacts.ArtifactView upload(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String code, @RequestParam(required = false) MultipartFile file) throws IOException {
		return this.artifacts.upload(user, username, code, (file != null) ? file.getOriginalFilename() : null,
				(file != null) ? file.getBytes() : null);
	}

	@GetMapping("/api/v1/knowledge/{username}/artifacts")
	@Operation(summary = "The rep's uploaded files with their status, newest first")
	List<KnowledgeArtifacts.ArtifactView> list(@AuthenticationPrincipal UserPrincipal user,
			@PathVariable String username) {
		return this.artifacts.of(user, username);
	}

	@GetMapping("/api/v1/knowledge/artifacts/{id}/file")
	@Operation(summary = "Download an uploaded file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return download(this.artifacts.file(user, id));
	}

	/** A file as an attachment under its own name (UTF-8). */
	static ResponseEntity<byte[]> download(KnowledgeArtifacts.Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.content());
	}

	@PostMapping("/api/v1/knowledge/artifacts/{id}/decision")
	@Operation(summary = "The rep's manager or a director accepts {accept: true} or rejects {accept: false, note} "
			+ "a submitted file; accepting records the ARTIFACT proof")
	KnowledgeArtifacts.ArtifactView decide(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) KnowledgeArtifacts.Decision body) {
		return this.artifacts.decide(user, id, body);
	}

}
