package org.salesteam.team.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.team.MarketSegment;
import org.salesteam.team.internal.SegmentAdministration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/segments}: market segments, for admins only. */
@RestController
@RequestMapping("/api/v1/segments")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "segments", description = "Market segments (ADMIN only)")
class SegmentApiController {

	private final SegmentAdministration segments;

	SegmentApiController(SegmentAdministration segments) {
		this.segments = segments;
	}

	@GetMapping
	@Operation(summary = "List market segments by code")
	List<SegmentJson.View> list() {
		return this.segments.all().stream().map(SegmentJson.View::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One market segment")
	SegmentJson.View get(@PathVariable long id) {
		return SegmentJson.View.of(this.segments.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a market segment")
	ResponseEntity<SegmentJson.View> create(@Valid @RequestBody SegmentJson.Create request) {
		MarketSegment segment = this.segments.create(request.code(), request.name(), request.industry(),
				request.enterpriseType());
		return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.getId()))
			.body(SegmentJson.View.of(segment));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a segment's name, industry or enterprise type")
	SegmentJson.View update(@PathVariable long id, @Valid @RequestBody SegmentJson.Update request) {
		return SegmentJson.View
			.of(this.segments.update(id, request.name(), request.industry(), request.enterpriseType()));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate a market segment")
	SegmentJson.View deactivate(@PathVariable long id) {
		return SegmentJson.View.of(this.segments.deactivate(id));
	}

	@PostMapping("/{id}/activate")
	@Operation(summary = "Activate a market segment again")
	SegmentJson.View activate(@PathVariable long id) {
		return SegmentJson.View.of(this.segments.activate(id));
	}

}
