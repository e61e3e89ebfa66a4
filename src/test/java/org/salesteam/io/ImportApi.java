package org.salesteam.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesteam.support.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Imports through the API as a client would, and files to import. */
final class ImportApi {

	private ImportApi() {
	}

	/** Uploads and answers the raw result (status and body). */
	static MvcResult upload(MockMvc mvc, String username, String kind, String fileName, byte[] content, String mapping,
			String mode) throws Exception {
		return upload(mvc, username, kind, fileName, content, mapping, mode, Map.of());
	}

	/**
	 * Uploads with more request parameters (e.g. {@code writes}, {@code createMissing}).
	 */
	static MvcResult upload(MockMvc mvc, String username, String kind, String fileName, byte[] content, String mapping,
			String mode, Map<String, String> params) throws Exception {
		var request = multipart("/api/v1/imports").file(new MockMultipartFile("file", fileName, null, content))
			.param("kind", kind)
			.param("mode", mode)
			.header("Authorization", Tokens.bearer(mvc, username));
		params.forEach(request::param);
		if (mapping != null) {
			request.param("mapping", mapping);
		}
		return mvc.perform(request).andReturn();
	}

	/** Uploads, expects 202 and waits (at most 30 s) until the job is finished. */
	static String run(MockMvc mvc, String username, String kind, String fileName, byte[] content, String mode)
			throws Exception {
		return run(mvc, username, kind, fileName, content, mode, 30);
	}

	/**
	 * Uploads, expects 202 and waits at most {@code seconds} until the job is finished.
	 */
	static String run(MockMvc mvc, String username, String kind, String fileName, byte[] content, String mode,
			int seconds) throws Exception {
		return run(mvc, username, kind, fileName, content, mode, Map.of(), seconds);
	}

	/**
	 * Uploads with more request parameters, expects 202 and waits until the job is
	 * finished.
	 */
	static String run(MockMvc mvc, String username, String kind, String fileName, byte[] content, String mode,
			Map<String, String> params) throws Exception {
		return run(mvc, username, kind, fileName, content, mode, params, 30);
	}

	static String run(MockMvc mvc, String username, String kind, String fileName, byte[] content, String mode,
			Map<String, String> params, int seconds) throws Exception {
		MvcResult result = upload(mvc, username, kind, fileName, content, null, mode, params);
		if (result.getResponse().getStatus() != 202) {
			throw new IllegalStateException(
					result.getResponse().getStatus() + " " + result.getResponse().getContentAsString());
		}
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		return await(mvc, username, id, seconds);
	}

	/** Previews through {@code POST /api/v1/imports/preview}; expects 200. */
	static String preview(MockMvc mvc, String username, String kind, String fileName, byte[] content,
			Map<String, String> params) throws Exception {
		var request = multipart("/api/v1/imports/preview").file(new MockMultipartFile("file", fileName, null, content))
			.param("kind", kind)
			.header("Authorization", Tokens.bearer(mvc, username));
		params.forEach(request::param);
		MvcResult result = mvc.perform(request).andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(
					result.getResponse().getStatus() + " " + result.getResponse().getContentAsString());
		}
		return result.getResponse().getContentAsString();
	}

	static String await(MockMvc mvc, String username, long id) throws Exception {
		return await(mvc, username, id, 30);
	}

	static String await(MockMvc mvc, String username, long id, int seconds) throws Exception {
		String bearer = Tokens.bearer(mvc, username);
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			String body = mvc.perform(get("/api/v1/imports/" + id).header("Authorization", bearer))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if ("DONE".equals(status) || "FAILED".equals(status)) {
				return body;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("import " + id + " did not finish within " + seconds + " s");
	}

	static int number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).intValue();
	}

	static byte[] csv(List<List<String>> rows, Charset charset, boolean bom) {
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			text.append(String.join(",", row.stream().map(ImportApi::quote).toList())).append("\r\n");
		}
		byte[] body = text.toString().getBytes(charset);
		if (!bom) {
			return body;
		}
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		return withBom;
	}

	/**
	 * An .xlsx with the rows as text cells, except numbers in columns named in numeric.
	 */
	static byte[] xlsx(List<List<String>> rows, Map<Integer, Boolean> numericColumns) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("data");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (r > 0 && numericColumns.getOrDefault(c, false) && value.matches("\\d+(\\.\\d+)?")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else if (!value.isEmpty()) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static long userId(JdbcClient jdbc, String username) {
		return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
	}

	private static String quote(String cell) {
		return (cell.contains(",") || cell.contains("\"") || cell.contains("\n"))
				? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

}
