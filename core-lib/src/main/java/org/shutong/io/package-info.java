/**
 * Tabular input and output: streaming readers that yield {@link org.shutong.io.Row}s with their
 * file, record number and physical line (CSV/TSV, XLSX, JSON Lines and JSON arrays, XML record
 * sets), encoding detection (BOM, strict UTF-8, else GB18030), header mapping to a standard's field
 * codes, and writers that replace their target atomically.
 *
 * <p>Entry points: {@link org.shutong.io.TableReaders#open}, {@link org.shutong.io.TableWriters#open},
 * {@link org.shutong.io.AtomicOutput}.
 */
package org.shutong.io;
