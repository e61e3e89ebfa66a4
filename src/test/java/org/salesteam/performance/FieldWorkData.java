package org.salesteam.performance;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The field work of the visit, time and cost KPI tests, added through the visit, activity
 * and time APIs to the customers of {@link KpiData} (A, B, C and P in territory SH, D in
 * ZJ, E in JS), February 2010 unless said otherwise.
 *
 * <pre>
 * visits (completed)   rep   customer day    minutes presentation expenses
 * V1                   rep4  A        02-03  90      30           travel 100 + meals 50
 * V2                   rep4  A        02-10  60      20           travel 80
 * V3                   rep4  C        02-17  45       0           —
 * V4                   rep4  P (prospect) 02-24 120  60           gifts 200
 * V5                   rep9  E        02-12  60      10           travel 30
 * V6                   rep4  A        03-01  30       0           —           (March)
 * V7                   rep4  A        02-26  planned, not completed
 * V8                   rep4  A   2009-02-16  60       0           travel 600  (a year before)
 *
 * activities of rep4: prospect call P 02-04 twice, letter P 02-05, proposal A 02-08,
 * complaint resolved C 02-09, service visit A 02-11, receivable collected A 02-12 1234.50,
 * quote A 02-12 (counts nowhere), prospect call 02-15 without customer — deleted
 *
 * time of rep4: 02-03 face to face 240, phone 60, travel 120, admin 60;
 *               02-04 face to face 120, travel 60, meetings 120 — then replaced by
 *                     phone 180, waiting 60
 * </pre>
 */
final class FieldWorkData {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final KpiData kpi;

	FieldWorkData(MockMvc mvc, JdbcClient jdbc, KpiData kpi) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.kpi = kpi;
	}

	FieldWorkData create() throws Exception {
		territory("SH", "A", "B", "C", "P");
		territory("ZJ", "D");
		territory("JS", "E");
		visit("rep4", "A", "2010-02-03T09:00", "2010-02-03T10:30", 30, "100", "50", "0");
		visit("rep4", "A", "2010-02-10T14:00", "2010-02-10T15:00", 20, "80", "0", "0");
		visit("rep4", "C", "2010-02-17T10:00", "2010-02-17T10:45", 0, "0", "0", "0");
		visit("rep4", "P", "2010-02-24T09:00", "2010-02-24T11:00", 60, "0", "0", "200");
		visit("rep9", "E", "2010-02-12T10:00", "2010-02-12T11:00", 10, "30", "0", "0");
		visit("rep4", "A", "2010-03-01T09:00", "2010-03-01T09:30", 0, "0", "0", "0");
		plannedBack("rep4", "A", "2010-02-26T09:00");
		visit("rep4", "A", "2009-02-16T09:00", "2009-02-16T10:00", 0, "600", "0", "0");
		activity("PROSPECT_CALL", "P", "2010-02-04", null);
		activity("PROSPECT_CALL", "P", "2010-02-04", null);
		activity("PROSPECT_LETTER", "P", "2010-02-05", null);
		activity("PROPOSAL", "A", "2010-02-08", null);
		activity("COMPLAINT_RESOLVED", "C", "2010-02-09", null);
		activity("SERVICE_VISIT", "A", "2010-02-11", null);
		activity("RECEIVABLE_COLLECTED", "A", "2010-02-12", "1234.50");
		activity("QUOTE", "A", "2010-02-12", null);
		long deleted = activity("PROSPECT_CALL", null, "2010-02-15", null);
		ok(this.mvc
			.perform(MockMvcRequestBuilders.delete("/api/v1/activities/" + deleted)
				.header("Authorization", Tokens.bearer(this.mvc, "rep4")))
			.andReturn());
		time("2010-02-03", "{\"SELLING_FACE_TO_FACE\":240,\"SELLING_PHONE\":60,\"TRAVEL\":120,\"ADMIN\":60}");
		time("2010-02-04", "{\"SELLING_FACE_TO_FACE\":120,\"TRAVEL\":60,\"MEETINGS\":120}");
		time("2010-02-04", "{\"SELLING_PHONE\":180,\"WAITING\":60}");
		return this;
	}

	private void territory(String code, String... customers) {
		for (String customer : customers) {
			this.jdbc.sql("update customer set territory_id = :t where id = :id")
				.param("t", this.kpi.territory(code))
				.param("id", this.kpi.customers.get(customer))
				.update();
		}
	}

	private long plan(String rep, String customer, String at) throws Exception {
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/visits")
				.header("Authorization", Tokens.bearer(this.mvc, rep))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"customerId":%d,"type":"RELATIONSHIP","plannedAt":"%s","objective":"了解年度印刷需求"}
						""".formatted(this.kpi.customers.get(customer), at)))
			.andReturn();
		return id(result, 201);
	}

	/**
	 * A visit planned back then and never reported: planning in the past is refused, so
	 * it is planned ahead and its time set back, as if the calendar had moved on since.
	 */
	private void plannedBack(String rep, String customer, String at) throws Exception {
		java.time.LocalDateTime when = java.time.LocalDateTime.parse(at);
		long id = plan(rep, customer, "2099-01-01T" + when.toLocalTime());
		this.jdbc.sql("update visit set planned_at = :at, visit_date = :day where id = :id")
			.param("at", when)
			.param("day", when.toLocalDate())
			.param("id", id)
			.update();
	}

	/** A visit that happened back then, recorded afterwards (补录拜访). */
	private void visit(String rep, String customer, String start, String end, int presentation, String travel,
			String meals, String gifts) throws Exception {
		ok(this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/visits/record")
				.header("Authorization", Tokens.bearer(this.mvc, rep))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"customerId":%d,"type":"RELATIONSHIP","objective":"了解年度印刷需求",
						 "actualStart":"%s","actualEnd":"%s","presentationMinutes":%d,"result":"客户认可报价",
						 "expenses":{"travel":%s,"meals":%s,"gifts":%s,"other":0}}
						""".formatted(this.kpi.customers.get(customer), start, end, presentation, travel, meals,
						gifts)))
			.andReturn());
	}

	private long activity(String type, String customer, String date, String amount) throws Exception {
		String customerId = (customer != null) ? String.valueOf(this.kpi.customers.get(customer)) : "null";
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/activities")
				.header("Authorization", Tokens.bearer(this.mvc, "rep4"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"type":"%s","date":"%s","customerId":%s,"durationMinutes":20,"amount":%s,"outcome":"已跟进"}
						""".formatted(type, date, customerId, (amount != null) ? amount : "null")))
			.andReturn();
		return id(result, 201);
	}

	private void time(String date, String minutes) throws Exception {
		ok(this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/time-entries")
				.header("Authorization", Tokens.bearer(this.mvc, "rep4"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"%s\",\"minutes\":%s}".formatted(date, minutes)))
			.andReturn());
	}

	private static long id(MvcResult result, int status) throws Exception {
		ok(result, status);
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static void ok(MvcResult result) throws Exception {
		int status = result.getResponse().getStatus();
		if (status != 200 && status != 201 && status != 204) {
			throw new IllegalStateException(status + " " + result.getResponse().getContentAsString());
		}
	}

	private static void ok(MvcResult result, int status) throws Exception {
		if (result.getResponse().getStatus() != status) {
			throw new IllegalStateException(
					result.getResponse().getStatus() + " " + result.getResponse().getContentAsString());
		}
	}

}
