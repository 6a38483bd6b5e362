package org.shutong.report;

import org.apiguardian.api.API;

/**
 * One input of a run, as the report's {@code inputs} array shows it.
 *
 * @param path the path as the user gave it
 * @param records data records read (header not counted)
 * @param encoding the character encoding used to read it ({@code UTF-8}, {@code GB18030}), or
 *     {@code null} for binary formats such as XLSX
 */
@API(status = API.Status.STABLE, since = "0.1")
public record InputSummary(String path, long records, String encoding) {}
