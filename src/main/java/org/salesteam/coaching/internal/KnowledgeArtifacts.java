package org.salesteam.coaching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ARTIFACT proof by file upload (ADR 0045): the rep uploads a file for an ARTIFACT
 * item (only the rep: 403 for others who see the rep), the rep's coach accepts or rejects
 * it (403 for others who see it), an accepted file stores the proof. A file is seen —
 * listed and downloaded — by the rep and whoever sees the rep's records; anyone else gets
 * 404, as for every coaching record.
 */
@Service
public class KnowledgeArtifacts {

	static final String ARTIFACT = "coaching.entity.artifact";

	/** An artifact without its content. */
	public record ArtifactView(long id, String itemCode, String fileName, String contentType, int sizeBytes,
			KnowledgeArtifact.Status status, LocalDate decidedOn, String note) {

		static ArtifactView of(KnowledgeArtifact artifact) {
			return new ArtifactView(artifact.getId(), artifact.getItemCode(), artifact.getFileName(),
					artifact.getContentType(), artifact.getSizeBytes(), artifact.getStatus(), artifact.getDecidedOn(),
					artifact.getNote());
		}

	}

	/** A file to download. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	/** The coach's decision. */
	public record Decision(Boolean accept, String note) {
	}

	private final KnowledgeArtifactRepository artifacts;

	private final KnowledgeProofRepository proofs;

	private final KnowledgeChecklist checklist;

	private final CoachingAccess access;

	private final Clock clock;

	KnowledgeArtifacts(KnowledgeArtifactRepository artifacts, KnowledgeProofRepository proofs,
			KnowledgeChecklist checklist, CoachingAccess access, Clock clock) {
		this.artifacts = artifacts;
		this.proofs = proofs;
		this.checklist = checklist;
		this.access = access;
		this.clock = clock;
	}

	/** The rep uploads a file for an ARTIFACT item. */
	@Transactional
	public ArtifactView upload(UserPrincipal user, String username, String code, String fileName, byte[] content) {
		TeamDirectory.Member rep = this.access.person(user, username);
		if (rep.id() != user.id()) {
			throw new AccessDeniedException("only the rep uploads");
		}
		KnowledgeRules.Item item = this.checklist.items()
			.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(KnowledgeChecklist.ITEM, code));
		if (!"ARTIFACT".equals(item.proof())) {
			throw BusinessRuleException.onField("code", "coaching.artifact.error.notArtifact");
		}
		String name = (fileName == null) ? null : fileName.replaceAll("^.*[/\\\\]", "").trim();
		String contentType = ArtifactRules.check(name, content);
		return ArtifactView
			.of(this.artifacts.saveAndFlush(new KnowledgeArtifact(rep.id(), code, name, contentType, content)));
	}

	/** The rep's files, newest first (404 for a rep the user does not see). */
	@Transactional(readOnly = true)
	public List<ArtifactView> of(UserPrincipal user, String username) {
		TeamDirectory.Member rep = this.access.person(user, username);
		return this.artifacts.findByRepIdOrderByIdDesc(rep.id()).stream().map(ArtifactView::of).toList();
	}

	/** The file itself, for the rep and whoever sees the rep (404 otherwise). */
	@Transactional(readOnly = true)
	public Download file(UserPrincipal user, long id) {
		KnowledgeArtifact artifact = seen(user, id);
		return new Download(artifact.getFileName(), artifact.getContentType(), artifact.getContent());
	}

	/**
	 * The coach accepts or rejects (with a note) a submitted file; accepting stores the
	 * ARTIFACT proof today.
	 */
	@Transactional
	public ArtifactView decide(UserPrincipal user, long id, Decision decision) {
		KnowledgeArtifact artifact = seen(user, id);
		this.access.requireCoach(user, artifact.getRepId());
		if (decision == null || decision.accept() == null) {
			throw BusinessRuleException.onField("accept", "coaching.validation.required");
		}
		LocalDate today = LocalDate.now(this.clock);
		artifact.decide(decision.accept(), decision.note(), user.id(), today);
		if (decision.accept()) {
			this.proofs.save(new KnowledgeProof(artifact.getRepId(), artifact.getItemCode(), "ARTIFACT", today,
					user.id(), null, artifact.getFileName()));
		}
		return ArtifactView.of(this.artifacts.saveAndFlush(artifact));
	}

	private KnowledgeArtifact seen(UserPrincipal user, long id) {
		return this.artifacts.findById(id)
			.filter((artifact) -> this.access.seesPerson(user, artifact.getRepId()))
			.orElseThrow(() -> new NotFoundException(ARTIFACT, id));
	}

}
