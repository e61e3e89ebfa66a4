package org.salesteam.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Files the import pages offer: the rejected rows of a job (its own file's rows, cut from
 * the stored upload, with an error column added — fix them and import that file again)
 * and an example template per kind in either language.
 */
@Service
public class ImportDownloads {

	private final ImportJobs jobs;

	private final ImportErrors errors;

	private final ImportFiles files;

	private final ImportKinds kinds;

	private final MessageSource messages;

	ImportDownloads(ImportJobs jobs, ImportErrors errors, ImportFiles files, ImportKinds kinds,
			MessageSource messages) {
		this.jobs = jobs;
		this.errors = errors;
		this.files = files;
		this.kinds = kinds;
		this.messages = messages;
	}

	/**
	 * Checks that the job is visible and its file still kept, before the response starts.
	 */
	public ImportJob rejectedRowsOf(UserPrincipal user, long jobId) {
		ImportJob job = this.jobs.visible(user, jobId);
		if (!job.finished() || job.rowsRejected() == 0 || !Files.exists(this.files.jobFile(jobId))) {
			throw new NotFoundException("entity.rejectedRows", jobId);
		}
		return job;
	}

	public void rejectedRows(ImportJob job, Locale locale, OutputStream out) {
		Map<Integer, String> problems = this.errors.byLine(job.id(), locale);
		Path file = this.files.jobFile(job.id());
		try (TableWriter writer = TableWriter.of(ExportFormat.XLSX, out, text("io.rejected.sheet", locale))) {
			boolean[] header = { true };
			job.layout().open(file).read((line, cells) -> {
				List<String> values = new ArrayList<>(cells);
				if (header[0]) {
					values.add(text("io.rejected.errorColumn", locale));
					writer.row(values);
					header[0] = false;
				}
				else if (problems.containsKey(line)) {
					values.add(problems.get(line));
					writer.row(values);
				}
				return true;
			});
		}
	}

	/** The kind must exist and the user may import it. */
	public void checkTemplate(UserPrincipal user, String kindName) {
		ImportKind kind = this.kinds.find(kindName).orElseThrow(() -> new NotFoundException("entity.kind", kindName));
		if (!kind.allows(user)) {
			throw new AccessDeniedException("may not import " + kindName);
		}
	}

	/**
	 * The kind's example file: the fields' labels, an example row and a sheet of notes.
	 */
	public void template(UserPrincipal user, String kindName, Locale locale, OutputStream out) {
		checkTemplate(user, kindName);
		ImportKind kind = this.kinds.find(kindName).orElseThrow();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet data = workbook.createSheet(text("io.template.sheet", locale));
			Sheet notes = workbook.createSheet(text("io.template.notes", locale));
			Row header = data.createRow(0);
			Row example = data.createRow(1);
			Row notesHeader = notes.createRow(0);
			List<String> noteTitles = List.of(text("io.template.field", locale), text("io.template.required", locale),
					text("io.template.hint", locale));
			for (int i = 0; i < noteTitles.size(); i++) {
				notesHeader.createCell(i).setCellValue(noteTitles.get(i));
				notesHeader.getCell(i).setCellStyle(bold);
			}
			int column = 0;
			for (ImportField field : kind.fields()) {
				String label = text(HeaderMatcher.labelKey(kind.name(), field), locale);
				header.createCell(column).setCellValue(label);
				header.getCell(column).setCellStyle(bold);
				example.createCell(column)
					.setCellValue(optional("io.example." + kind.name() + "." + field.key(), locale));
				data.setColumnWidth(column, 16 * 256);
				Row note = notes.createRow(column + 1);
				note.createCell(0).setCellValue(label);
				note.createCell(1).setCellValue(text(field.required() ? "io.yes" : "io.no", locale));
				note.createCell(2).setCellValue(optional("io.hint." + kind.name() + "." + field.key(), locale));
				column++;
			}
			notes.setColumnWidth(0, 20 * 256);
			notes.setColumnWidth(2, 60 * 256);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private String optional(String key, Locale locale) {
		return this.messages.getMessage(key, null, "", locale);
	}

}
