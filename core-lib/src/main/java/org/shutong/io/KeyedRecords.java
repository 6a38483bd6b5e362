package org.shutong.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shutong.i18n.Messages;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Turns records of named fields (JSON objects, XML elements) into rows: the header is the field
 * names of the first record (or of all records, when the reader {@linkplain #preset scanned} them
 * first); a field missing from a later record is empty; a name the header lacks
 * is reported once, at its first record, and its values are dropped; a name given twice in one
 * record is reported once and its first value kept.
 */
final class KeyedRecords {
  private final String file;
  private final FindingSink problems;
  private final Messages messages;
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final Set<String> reportedUnknown = new HashSet<>();
  private final Set<String> reportedDuplicate = new HashSet<>();
  private boolean fixed;
  private String[] current;
  private long record;
  private long line;

  KeyedRecords(String file, FindingSink problems, Messages messages) {
    this.file = file;
    this.problems = problems;
    this.messages = messages;
  }

  /**
   * Fixes the header before the first record: the names found by a scan of the whole input (first
   * record's names first, then each new name where it first appears), so that a name a later record
   * adds is a column, not a dropped value. A name beyond these is still reported and dropped.
   */
  void preset(List<String> header) {
    for (String key : header) {
      if (!index.containsKey(key)) {
        index.put(key, names.size());
        names.add(key);
      }
    }
    fixed = true;
  }

  /** Whether the header is known (a first record was completed). */
  boolean hasHeader() {
    return fixed;
  }

  /** The header, once known. */
  List<String> header() {
    return Collections.unmodifiableList(names);
  }

  /** Starts a record. */
  void begin(long record, long line) {
    this.record = record;
    this.line = line;
    if (fixed) {
      current = new String[names.size()];
    } else {
      current = new String[16];
    }
  }

  /** Sets a field of the current record. */
  void put(String key, String value) {
    Integer i = index.get(key);
    if (i == null) {
      if (fixed) {
        if (reportedUnknown.add(key)) {
          problems.accept(new Finding("IO-UNKNOWN-KEY", Severity.WARNING, file, record, line, key, null,
              messages.get("in.unknownKey", key)));
        }
        return;
      }
      i = names.size();
      names.add(key);
      index.put(key, i);
      if (i >= current.length) {
        current = Arrays.copyOf(current, current.length * 2);
      }
    }
    if (current[i] != null) {
      if (reportedDuplicate.add(key)) {
        problems.accept(new Finding("IO-DUPLICATE-KEY", Severity.WARNING, file, record, line, key, null,
            messages.get("in.duplicateKey", key)));
      }
      return;
    }
    current[i] = value;
  }

  /** Ends the current record and returns its values in header order (missing fields empty). */
  String[] end() {
    if (!fixed) {
      fixed = true;
      current = Arrays.copyOf(current, names.size());
    }
    String[] v = current;
    for (int i = 0; i < v.length; i++) {
      if (v[i] == null) {
        v[i] = "";
      }
    }
    current = null;
    return v;
  }
}
