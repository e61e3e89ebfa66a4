package org.salesteam.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Uploaded files on disk. A staged upload lives in {@code staging/<token>/} with a small
 * properties file of who uploaded it and its scan; the token is random, so it cannot be
 * guessed, and only its uploader may use it. A started job's file moves to
 * {@code jobs/<id>}.
 */
@Component
class ImportFiles {

	/** A staged upload as its uploader left it, with its scan's layout and row count. */
	record Staged(String token, long userId, String fileName, Path file, TableSource.Layout layout, int rows) {
	}

	private final ImportProperties properties;

	ImportFiles(ImportProperties properties) {
		this.properties = properties;
	}

	ImportProperties properties() {
		return this.properties;
	}

	/**
	 * Stores an upload in the staging area, refusing it at the size limit even when the
	 * multipart limit let it through.
	 */
	Staged stage(long userId, String fileName, InputStream content) {
		String token = UUID.randomUUID().toString();
		Path dir = this.properties.staging().resolve(token);
		long limit = this.properties.maxFileSize().toBytes();
		try {
			Files.createDirectories(dir);
			Path file = dir.resolve("upload");
			try (InputStream in = content; var out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[65536];
				long total = 0;
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					total += read;
					if (total > limit) {
						throw FileRejectedException.tooLarge("io.file.tooLarge",
								this.properties.maxFileSize().toMegabytes());
					}
					out.write(buffer, 0, read);
				}
			}
			return new Staged(token, userId, fileName, file, null, 0);
		}
		catch (IOException ex) {
			delete(dir);
			throw new UncheckedIOException(ex);
		}
		catch (FileRejectedException ex) {
			delete(dir);
			throw ex;
		}
	}

	/** Keeps what the scan found next to the staged file. */
	Staged remember(Staged staged, FileScan scan) {
		Properties meta = new Properties();
		meta.setProperty("user", Long.toString(staged.userId()));
		meta.setProperty("fileName", staged.fileName());
		meta.setProperty("format", scan.layout().format().name());
		meta.setProperty("encoding", (scan.layout().encoding() != null) ? scan.layout().encoding() : "");
		meta.setProperty("delimiter", Integer.toString(scan.layout().delimiter()));
		meta.setProperty("rows", Integer.toString(scan.rows()));
		Path metaFile = staged.file().resolveSibling("meta.properties");
		try (Writer writer = Files.newBufferedWriter(metaFile, StandardCharsets.UTF_8)) {
			meta.store(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Staged(staged.token(), staged.userId(), staged.fileName(), staged.file(), scan.layout(),
				scan.rows());
	}

	/** The user's staged upload, if the token is theirs and still there. */
	Optional<Staged> staged(long userId, String token) {
		if (token == null || !token.matches("[0-9a-f-]{36}")) {
			return Optional.empty();
		}
		Path dir = this.properties.staging().resolve(token);
		Path metaFile = dir.resolve("meta.properties");
		if (!Files.exists(metaFile)) {
			return Optional.empty();
		}
		Properties meta = new Properties();
		try (Reader reader = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
			meta.load(reader);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (!Long.toString(userId).equals(meta.getProperty("user"))) {
			return Optional.empty();
		}
		TableSource.Layout layout = new TableSource.Layout(TableSource.FileFormat.valueOf(meta.getProperty("format")),
				meta.getProperty("encoding"), (char) Integer.parseInt(meta.getProperty("delimiter")));
		return Optional.of(new Staged(token, userId, meta.getProperty("fileName"), dir.resolve("upload"), layout,
				Integer.parseInt(meta.getProperty("rows"))));
	}

	/** Moves a staged upload to be the job's file. */
	void attach(Staged staged, long jobId) {
		try {
			Files.createDirectories(this.properties.jobs());
			Files.move(staged.file(), jobFile(jobId), StandardCopyOption.REPLACE_EXISTING);
			discard(staged.token());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path jobFile(long jobId) {
		return this.properties.jobs().resolve(Long.toString(jobId));
	}

	void discard(String token) {
		delete(this.properties.staging().resolve(token));
	}

	/** Staging directories older than {@code age}: uploads nobody started. */
	void discardStagedOlderThan(java.time.Instant before) {
		if (!Files.isDirectory(this.properties.staging())) {
			return;
		}
		try (var dirs = Files.list(this.properties.staging())) {
			dirs.filter((dir) -> {
				try {
					return Files.getLastModifiedTime(dir).toInstant().isBefore(before);
				}
				catch (IOException ex) {
					return false;
				}
			}).forEach(ImportFiles::delete);
		}
		catch (IOException ex) {
			// next time
		}
	}

	void deleteJobFile(long jobId) {
		delete(jobFile(jobId));
	}

	private static void delete(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			// left for the next clean-up
		}
	}

}
