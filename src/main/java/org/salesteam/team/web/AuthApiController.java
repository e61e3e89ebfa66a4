package org.salesteam.team.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.salesteam.platform.TooManyRequestsException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.internal.ApiTokens;
import org.salesteam.team.internal.TokenThrottle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/token}: exchanges a user name and password for a personal
 * bearer token. Throttled per client address; subject to the same lock-out as the login
 * form.
 */
@RestController
@Tag(name = "auth")
class AuthApiController {

	record TokenRequest(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 200) String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	private final AuthenticationManager authenticationManager;

	private final ApiTokens tokens;

	private final TokenThrottle throttle;

	AuthApiController(AuthenticationManager authenticationManager, ApiTokens tokens, TokenThrottle throttle) {
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@PostMapping("/api/v1/auth/token")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a personal API token")
	@SecurityRequirements
	TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		if (!this.throttle.tryAcquire(http.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		Authentication authentication = this.authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		UserPrincipal principal = (UserPrincipal) authentication.getPrincipal();
		ApiTokens.Issued issued = this.tokens.issue(principal.id());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@DeleteMapping("/api/v1/auth/token")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke the bearer token of this request")
	void revoke(@RequestHeader("Authorization") String authorization) {
		this.tokens.revokeRaw(authorization.substring("Bearer ".length()).trim());
	}

}
