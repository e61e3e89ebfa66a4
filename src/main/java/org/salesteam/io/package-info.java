/**
 * Import and export (导入导出): files in, files out. Imports read {@code .xlsx} and CSV
 * (UTF-8, UTF-8 with BOM, GBK) in the background, map the file's columns onto the target
 * fields of a kind ({@code customers}, {@code contacts}, …), validate each row and upsert
 * by natural key, idempotently. Exports stream a list, with its filters and the user's
 * visibility, to CSV or {@code .xlsx}. This module depends on the modules whose data it
 * moves; no module depends on it. See {@code docs/adr/0004-import-export.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import and export")
package org.salesteam.io;
