package org.shutong.io;

import java.util.NoSuchElementException;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * What every reader shares: the source, the record count, the one-row look-ahead of the iterator, and
 * the findings all formats report the same way ({@code IO-RAGGED-ROW}, {@code IO-NO-RECORDS}).
 * A subclass only says how to get the next row.
 */
abstract class StreamingTableReader implements TableReader {
  final TableSource source;
  final String name;
  final FindingSink problems;
  final Messages messages;
  /** Data records met so far, malformed ones included. */
  long records;
  private Row next;
  private boolean done;

  StreamingTableReader(TableSource source, FindingSink problems, Messages messages) {
    this.source = source;
    this.name = source.name();
    this.problems = problems;
    this.messages = messages;
  }

  /** The next well-formed row (malformed ones reported and skipped), or null at the end. */
  abstract Row advance();

  /** Called once when the end is reached; reports a header without records unless overridden. */
  void atEnd() {
    if (records == 0) {
      problems.accept(new Finding("IO-NO-RECORDS", Severity.WARNING, name, 0, 0, null, null,
          messages.get("in.headerOnly", name)));
    }
  }

  /** Reports a record whose number of fields differs from the header's. */
  final void ragged(long line, String messageKey, int fields, int width) {
    problems.accept(new Finding("IO-RAGGED-ROW", Severity.ERROR, name, records, line, null, null,
        messages.get(messageKey, name, records, line, fields, width)));
  }

  @Override
  public final TableSource source() {
    return source;
  }

  @Override
  public final long recordsRead() {
    return records;
  }

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    next = advance();
    if (next == null) {
      done = true;
      atEnd();
      return false;
    }
    return true;
  }

  @Override
  public final Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row r = next;
    next = null;
    return r;
  }
}
