package org.shutong.coding;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.io.ColumnDictionary;
import org.shutong.io.FileInput;
import org.shutong.io.InputEncoding;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableInput;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;

/**
 * Reads the codes of a file: a plain list (one code per line, UTF-8 or GB18030; {@code record} = line),
 * or one column of a table file read by {@link TableReaders} ({@code record} = data row, {@code field} =
 * the column's header). Empty values are passed on; the caller counts them.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CodeFile {
  /** Receives each value with where it is. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Receives one value.
     *
     * @param value the value as found (never {@code null})
     * @param record the line (list) or data row (table)
     * @param line the physical line
     * @param field the column header, or {@code null} for a list
     */
    void code(String value, long record, long line, String field);
  }

  /**
   * What was read.
   *
   * @param name the file as named in findings
   * @param records lines or data rows read
   * @param encoding the encoding used
   */
  public record Read(String name, long records, String encoding) {}

  private CodeFile() {}

  /**
   * Reads {@code file}.
   *
   * @param column the column of a table file, or {@code null} for a plain list
   * @throws InputException if the file cannot be read, cannot be decoded, or lacks the column
   */
  public static Read read(Path file, String column, ReadOptions options, Visitor visitor) {
    return column == null ? lines(file, options, visitor) : column(new FileInput(file), column, options, visitor);
  }

  /**
   * Reads a file or a database table or query. A database result has no plain-list form: without
   * {@code column} it must have exactly one column.
   *
   * @throws InputException if the input cannot be read or lacks the column
   */
  public static Read read(TableInput input, String column, ReadOptions options, Visitor visitor) {
    if (input instanceof FileInput f) {
      return read(f.path(), column, options, visitor);
    }
    return column(input, column, options, visitor);
  }

  /** Longest line of a plain code list passed on whole (codes are at most a few dozen characters). */
  static final int MAX_LINE = 1000;

  private static Read lines(Path file, ReadOptions options, Visitor visitor) {
    String name = options.name() != null ? options.name() : file.toString();
    Messages io = Messages.of("org.shutong.io.messages", options.lang());
    if (!Files.exists(file)) {
      throw new InputException(name, io.get("in.missing", name));
    }
    if (Files.isDirectory(file)) {
      throw new InputException(name, io.get("in.directory", name));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, io.get("in.readFailed", name, String.valueOf(e.getMessage())), e);
    }
    int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (bytes.length == off) {
      throw new InputException(name, Messages.of("org.shutong.coding.messages", options.lang()).get("batch.empty", name));
    }
    for (int i = off; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(name, lineAt(bytes, i), 0, io.get("in.binary", name, lineAt(bytes, i)), null);
      }
    }
    String text = null;
    String used = null;
    InputEncoding enc = options.encoding();
    List<Charset> tries = enc == InputEncoding.AUTO ? List.of(StandardCharsets.UTF_8, Charset.forName("GB18030")) : List.of(enc.charset());
    for (Charset cs : tries) {
      try {
        text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
        used = cs.name();
        break;
      } catch (CharacterCodingException e) {
        // not this encoding; try the next
      }
    }
    if (text == null) {
      // where the first encoding tried fails: the place to look at in the file
      int bad = firstMalformed(bytes, off, tries.get(0));
      long badLine = lineAt(bytes, bad);
      throw new InputException(name, badLine, 0, enc == InputEncoding.AUTO
          ? io.get("in.unknownEncoding", name, badLine, bad + 1)
          : io.get("in.badEncoding", name, enc.name(), badLine, bad + 1), null);
    }
    long line = 0;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = text.length();
      }
      int end = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
      line++;
      // no code is this long; a runaway line (a table or a binary blob read as a list) is passed on
      // cut, so that it is reported as malformed without being copied whole into every output
      visitor.code(text.substring(pos, Math.min(end, pos + MAX_LINE)), line, line, null);
      pos = eol + 1;
    }
    return new Read(name, line, used);
  }

  /** The 1-based line of byte {@code pos}. */
  private static long lineAt(byte[] bytes, int pos) {
    long line = 1;
    for (int i = 0; i < pos && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The offset of the first byte that {@code cs} cannot decode, from {@code off}. */
  private static int firstMalformed(byte[] bytes, int off, Charset cs) {
    ByteBuffer in = ByteBuffer.wrap(bytes, off, bytes.length - off);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    java.nio.charset.CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (true) {
      java.nio.charset.CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return in.position();
      }
      out.clear();
    }
  }

  private static Read column(TableInput input, String column, ReadOptions options, Visitor visitor) {
    try (TableReader r = input.open(options)) {
      String name = r.source().name();
      int col = column == null && r.header().size() == 1 ? 0 : -1;
      String key = column == null ? null : ColumnDictionary.key(column);
      for (int i = 0; key != null && i < r.header().size(); i++) {
        if (ColumnDictionary.key(r.header().get(i)).equals(key)) {
          col = i;
          break;
        }
      }
      if (col < 0) {
        throw new InputException(name, 1, 0, Messages.of("org.shutong.coding.messages", options.lang())
            .get("batch.noColumn", name, column == null ? "--column" : column, String.join(", ", r.header())), null);
      }
      String field = r.header().get(col);
      while (r.hasNext()) {
        Row row = r.next();
        visitor.code(row.get(col), row.record(), row.line(), field);
      }
      return new Read(name, r.recordsRead(), r.source().encodingName());
    }
  }
}
