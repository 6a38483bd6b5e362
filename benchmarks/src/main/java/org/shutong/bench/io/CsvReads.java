package org.shutong.bench.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.HeaderMapping;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * The three ways of reading the benchmark CSV that are compared, each consuming every field of every
 * record. Each returns what it read — records, characters of all fields, and (where the reader
 * tracks it) the sum of the records' starting lines — so that a run can check that all of them read
 * the same thing.
 */
public final class CsvReads {
  /** What a read saw. */
  public record Result(long records, long chars, long lines) {}

  private static final CsvMapper JACKSON = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private CsvReads() {}

  /**
   * Shutong's reader as the domain code uses it: encoding detected, every record with its physical
   * line, columns looked up by the standard's code through the header mapping.
   */
  public static Result shutong(Path file, ColumnDictionary dictionary) {
    try (TableReader r = TableReaders.open(file, ReadOptions.defaults())) {
      HeaderMapping m = dictionary.map(r.header());
      List<ColumnDictionary.Column> cols = dictionary.columns();
      int[] at = new int[cols.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = m.column(cols.get(i).code());
      }
      long records = 0;
      long chars = 0;
      long lines = 0;
      while (r.hasNext()) {
        Row row = r.next();
        for (int c : at) {
          chars += row.get(c).length();
        }
        lines += row.line();
        records++;
      }
      return new Result(records, chars, lines);
    }
  }

  /** A bare FastCSV parse (UTF-8), with its own line tracking. */
  public static Result fastcsv(Path file) {
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      long records = -1;
      long chars = 0;
      long lines = 0;
      for (CsvRecord rec : r) {
        if (records++ < 0) {
          continue;
        }
        for (int i = 0, n = rec.getFieldCount(); i < n; i++) {
          chars += rec.getField(i).length();
        }
        lines += rec.getStartingLineNumber();
      }
      return new Result(records, chars, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson's CSV module reading every record as a String[] (no line numbers). */
  public static Result jackson(Path file) {
    try (MappingIterator<String[]> it = JACKSON.readerFor(String[].class).readValues(file.toFile())) {
      long records = -1;
      long chars = 0;
      while (it.hasNext()) {
        String[] rec = it.next();
        if (records++ < 0) {
          continue;
        }
        for (String s : rec) {
          chars += s.length();
        }
      }
      return new Result(records, chars, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
