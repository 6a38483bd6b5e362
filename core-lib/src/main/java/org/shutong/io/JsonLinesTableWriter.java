package org.shutong.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shutong.i18n.Messages;

/**
 * JSON Lines: one object per row, keyed by the header, every value a string (so text round-trips
 * exactly); UTF-8 without BOM as RFC 8259 §8.1 requires; each line ends with LF.
 */
final class JsonLinesTableWriter extends BaseTableWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final JsonGenerator g;
  private SerializedString[] keys = new SerializedString[0];

  JsonLinesTableWriter(AtomicOutput out, Messages m) {
    super(out, m, "UTF-8");
    try {
      this.g = FACTORY.createGenerator(out.stream());
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(new SerializedString("\n"));
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void writeHeader(List<String> header) {
    this.header = List.copyOf(header);
    Map<String, Integer> seen = new HashMap<>();
    keys = new SerializedString[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i) == null ? "" : header.get(i);
      checkText(h, 0, i);
      Integer prev = seen.putIfAbsent(h, i);
      if (prev != null) {
        throw new OutputException(target(), m.get("out.duplicateKey", target(), prev + 1, i + 1, h), null);
      }
      keys[i] = new SerializedString(h);
    }
  }

  @Override
  public void writeRow(List<String> values) {
    row++;
    try {
      g.writeStartObject();
      int n = Math.max(values.size(), keys.length);
      for (int i = 0; i < n; i++) {
        String v = i < values.size() && values.get(i) != null ? values.get(i) : "";
        checkText(v, row, i);
        if (i < keys.length) {
          g.writeFieldName(keys[i]);
        } else {
          g.writeFieldName(String.valueOf(i + 1));
        }
        g.writeString(v);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void commit() {
    try {
      if (row > 0) {
        g.writeRaw('\n');
      }
      g.close();
    } catch (IOException e) {
      throw failed(e);
    }
    out.commit();
  }
}
