/**
 * Findings and reports: the one result model every validator in Shutong returns (see
 * {@code CONVENTIONS.md}, "Findings and the JSON report"), and the renderers that turn a
 * {@link org.shutong.report.Report} into text, JSON, CSV, JUnit XML, HTML or XLSX.
 */
package org.shutong.report;
