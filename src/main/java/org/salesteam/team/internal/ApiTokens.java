package org.salesteam.team.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.salesteam.platform.ApiTokenVerifier;
import org.salesteam.platform.SecurityProperties;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.ApiToken;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and verifies personal API tokens. A token is 32 random bytes (base64url); the
 * database keeps only its SHA-256, so a stolen table yields no usable token. Verification
 * re-reads the user, so a deactivated user's tokens stop working at once.
 */
@Service
public class ApiTokens implements ApiTokenVerifier {

	/**
	 * A freshly issued token: the raw value is returned to the caller once and never
	 * stored.
	 */
	public record Issued(String token, Instant expiresAt) {
	}

	/** A token as its owner sees it in their profile; never the token itself. */
	public record Listed(long id, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
			boolean valid) {
	}

	private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccounts accounts;

	private final Clock clock;

	private final Duration validity;

	ApiTokens(ApiTokenRepository tokens, UserAccounts accounts, Clock clock, SecurityProperties properties) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
		this.validity = properties.apiTokenValidity();
	}

	@Transactional
	public Issued issue(long userId) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = this.clock.instant().plus(this.validity);
		this.tokens.save(new ApiToken(userId, hash(raw), expiresAt));
		return new Issued(raw, expiresAt);
	}

	/** The user's tokens, newest first, revoked and expired ones included. */
	@Transactional(readOnly = true)
	public List<Listed> listFor(long userId) {
		Instant now = this.clock.instant();
		return this.tokens.findByUserIdOrderByCreatedAtDesc(userId)
			.stream()
			.map((token) -> new Listed(token.getId(), token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(),
					token.getRevokedAt(), token.isValidAt(now)))
			.toList();
	}

	@Transactional
	public boolean revoke(long userId, long tokenId) {
		return this.tokens.findById(tokenId).filter((token) -> token.getUserId() == userId).map((token) -> {
			token.revoke(this.clock.instant());
			return true;
		}).orElse(false);
	}

	/**
	 * Revokes the presented token itself (sign-out of a script); false when it is unknown
	 * or already invalid.
	 */
	@Transactional
	public boolean revokeRaw(String rawToken) {
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(rawToken)).filter((token) -> token.isValidAt(now)).map((token) -> {
			token.revoke(now);
			return true;
		}).orElse(false);
	}

	@Override
	@Transactional
	public Optional<UserPrincipal> verify(String rawToken) {
		if (rawToken.isEmpty() || rawToken.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(rawToken)).filter((token) -> token.isValidAt(now)).flatMap((token) -> {
			if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
				this.tokens.markUsed(token.getId(), now);
			}
			return this.accounts.reload(token.getUserId());
		}).map((principal) -> {
			principal.eraseCredentials();
			return principal;
		});
	}

	static String hash(String raw) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every JVM", ex);
		}
	}

}
