package org.salesteam.coaching.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo artifacts, once: the first three reps of each team uploaded their notes on paper
 * and finishing (纸张与印后工艺, the ARTIFACT item) as a small PDF; the first rep's file waits
 * for the manager, the second's was accepted (the item is done), the third's was rejected
 * with a note.
 */
@Component
@Order(99)
class DemoArtifacts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoArtifacts.class);

	private static final String ITEM = "PAPER_FINISHING";

	private record Rep(long id, long managerId, int index) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final KnowledgeArtifactRepository artifacts;

	private final KnowledgeProofRepository proofs;

	private final Clock clock;

	private final boolean enabled;

	DemoArtifacts(JdbcClient jdbc, TransactionTemplate transaction, KnowledgeArtifactRepository artifacts,
			KnowledgeProofRepository proofs, Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.artifacts = artifacts;
		this.proofs = proofs;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.artifacts.count() > 0) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> create());
	}

	private void create() {
		List<Rep> reps = this.jdbc.sql("""
				select u.id, t.manager_id,
				  row_number() over (partition by t.id order by length(u.username), u.username) - 1 as idx
				from app_user u join sales_team t on t.id = u.team_id
				where u.username like 'rep%' and u.active and t.manager_id is not null""")
			.query((rs, n) -> new Rep(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
			.list();
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (Rep rep : reps) {
			if (rep.index() > 2) {
				continue;
			}
			KnowledgeArtifact artifact = new KnowledgeArtifact(rep.id(), ITEM, "纸张与印后工艺笔记.pdf", "application/pdf",
					pdf("Paper and finishing notes: coated vs matte, lamination, hot foil, UV."));
			if (rep.index() == 1) {
				artifact.decide(true, null, rep.managerId(), today.minusDays(20));
				this.proofs.save(new KnowledgeProof(rep.id(), ITEM, "ARTIFACT", today.minusDays(20), rep.managerId(),
						null, artifact.getFileName()));
			}
			else if (rep.index() == 2) {
				artifact.decide(false, "只写了覆膜，请补上烫金和 UV 的用途与成本", rep.managerId(), today.minusDays(10));
			}
			this.artifacts.save(artifact);
			made++;
		}
		log.info("Demo knowledge artifacts: {}", made);
	}

	/** A one-page PDF with the text (enough for a viewer to open). */
	static byte[] pdf(String text) {
		String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
				+ "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" + "4 0 obj<</Length " + (text.length() + 30)
				+ ">>stream\nBT /F1 12 Tf 50 780 Td (" + text + ") Tj ET\nendstream endobj\n"
				+ "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
		return body.getBytes(StandardCharsets.ISO_8859_1);
	}

}
