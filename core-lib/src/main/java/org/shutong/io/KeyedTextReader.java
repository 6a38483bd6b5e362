package org.shutong.io;

import java.util.List;
import org.shutong.i18n.Messages;
import org.shutong.report.FindingSink;

/**
 * A streaming reader of a text document whose records are key–value objects (a JSON array, JSON
 * Lines, an XML document's children): the header is the union of the records' keys in first-seen
 * order ({@link KeyedRecords}), progress is the share of bytes decoded, and there is no header-only
 * case.
 */
abstract class KeyedTextReader extends StreamingTableReader {
  final DecodingReader decoding;
  final InputEncoding choice;
  final long size;
  final KeyedRecords keyed;

  KeyedTextReader(DecodingReader decoding, TableSource source, InputEncoding choice, long size, FindingSink problems,
      Messages messages) {
    super(source, problems, messages);
    this.decoding = decoding;
    this.choice = choice;
    this.size = size;
    this.keyed = new KeyedRecords(name, problems, messages);
  }

  @Override
  public final List<String> header() {
    return keyed.header();
  }

  @Override
  public final double progress() {
    return size <= 0 ? -1 : Math.min(1.0, (double) decoding.bytesTaken() / size);
  }

  @Override
  final void atEnd() {
    // no header-only case: the header comes from the records (or the JSON key pre-scan)
  }

  /**
   * Reads ahead to the first record; closes the reader and throws if the document has none.
   *
   * @throws InputException naming the file when it holds no record
   */
  final void requireRecord() {
    if (!hasNext()) {
      close();
      throw new InputException(name, messages.get("in.noObjects", name));
    }
  }

  /** The input error for bytes that are not in the input's encoding, naming the byte offset. */
  final InputException decodeFailure(DecodingReader.Malformed mal, Exception cause) {
    return EncodingSniffer.decodeFailure(source.path(), name, source.encoding(), choice, mal.offset, messages, cause);
  }
}
