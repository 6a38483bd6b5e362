package org.shutong.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates the statistics of one column in one pass and bounded memory: type counts, fill,
 * distinct count (exact up to a limit, then HyperLogLog), top values (exact up to a capacity, then
 * Misra–Gries), min/max, length buckets and patterns, dates for timeliness. {@link #accept} is the
 * hot path: one scan of the value's characters, no allocation for values already seen.
 */
final class ColumnStats {
  static final String[] TYPES = {"integer", "decimal", "date", "datetime", "time", "boolean", "text"};
  static final int INTEGER = 0;
  static final int DECIMAL = 1;
  static final int DATE = 2;
  static final int DATETIME = 3;
  static final int TIME = 4;
  static final int BOOLEAN = 5;
  static final int TEXT = 6;

  /** Upper bounds of the length buckets; the last bucket is open. */
  static final int[] LENGTH_BOUNDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
      30, 50, 100, 200, 500, 1000};
  /** The length bucket of each length up to the last bound. */
  private static final byte[] BUCKET_OF_LENGTH = new byte[LENGTH_BOUNDS[LENGTH_BOUNDS.length - 1] + 1];

  static {
    for (int len = 0; len < BUCKET_OF_LENGTH.length; len++) {
      int b = 0;
      while (b < LENGTH_BOUNDS.length && len > LENGTH_BOUNDS[b]) {
        b++;
      }
      BUCKET_OF_LENGTH[len] = (byte) b;
    }
  }

  static final int MAX_PATTERNS = 100;
  static final int PATTERN_CHARS = 20;
  /** Longest value classified character by character; longer values are text or digit strings. */
  static final int CLASSIFIED_CHARS = 26;
  /** The hash of an empty value in record hashes. */
  static final long EMPTY = Hashing.hash("", 0, 0);

  final int index;
  final String header;
  private final int distinctLimit;
  long filled;
  long blankOnly;
  final long[] typeCounts = new long[TYPES.length];
  private LongHashSet distinct;
  private HyperLogLog sketch;
  final TopValues top;
  final long[] lengthBuckets = new long[LENGTH_BOUNDS.length + 1];
  int minLength = Integer.MAX_VALUE;
  int maxLength;
  long totalLength;
  /** Pattern key → count, open addressing; names kept beside the keys. */
  private final long[] patternKeys = new long[MAX_PATTERNS * 2];
  private final long[] patternCounts = new long[MAX_PATTERNS * 2];
  private final String[] patternNames = new String[MAX_PATTERNS * 2];
  private int patternSize;
  /** Values over {@link #PATTERN_CHARS} characters per length bucket, without and with Chinese. */
  private final long[] longPatterns = new long[2 * (LENGTH_BOUNDS.length + 1)];
  long otherPatterns;
  double minNumber = Double.POSITIVE_INFINITY;
  double maxNumber = Double.NEGATIVE_INFINITY;
  long minDate = Long.MAX_VALUE;
  long maxDate = Long.MIN_VALUE;
  boolean datesHaveTime;
  String minText;
  String maxText;
  /** Digit strings with a leading zero ({@code 01}, {@code 007}): the column holds codes, not numbers. */
  long leadingZeros;
  /** Smallest and largest digit strings, ordered by length then characters (codes keep their zeros). */
  String minDigits;
  String maxDigits;
  // timeliness, evaluated for every date value; the profiler decides at the end which columns count
  long dateValues;
  long future;
  long outsideWindow;
  long untimely;
  final List<long[]> untimelyExamples = new ArrayList<>();
  final List<String> untimelyValues = new ArrayList<>();
  private final long asOf;
  private final long windowFrom;
  private final long windowTo;
  private final int exampleLimit;

  /** Scratch buffer for the characters of a value (one copy, then a loop without bounds checks on the String). */
  private char[] chars = new char[256];

  /** The hash of the last accepted value, for the record hash. */
  long lastHash;
  /** The date value of the last accepted value, or {@link Dates#NONE}. */
  long lastDate;

  ColumnStats(int index, String header, int distinctLimit, int topCapacity, long asOf, long windowFrom, long windowTo,
      int exampleLimit) {
    this.index = index;
    this.header = header;
    this.distinctLimit = distinctLimit;
    // while the top-value counter holds every distinct value it counts them; the hash set starts when it overflows
    this.top = new TopValues(topCapacity, t -> {
      distinct = new LongHashSet(Math.min(distinctLimit, 4 * topCapacity));
      t.forEachKey(distinct::add);
    });
    this.asOf = asOf;
    this.windowFrom = windowFrom;
    this.windowTo = windowTo;
    this.exampleLimit = exampleLimit;
  }

  static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
  }

  static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r' || c == '\n';
  }

  /** Accounts one value; sets {@link #lastHash} and {@link #lastDate}. */
  void accept(String v, long record, long line) {
    int n = v.length();
    int s = 0;
    int e = n;
    while (s < e && space(v.charAt(s))) {
      s++;
    }
    while (e > s && space(v.charAt(e - 1))) {
      e--;
    }
    lastDate = Dates.NONE;
    if (s == e) {
      if (n > 0) {
        blankOnly++;
      }
      lastHash = n == 0 ? EMPTY : Hashing.hash(v, 0, n);
      return;
    }
    filled++;
    int len = e - s;
    char[] buf = chars.length >= len ? chars : (chars = new char[Math.max(len, chars.length * 2)]);
    v.getChars(s, e, buf, 0);
    long h = Hashing.hash(buf, len);
    // the record hash tells " a" from "a"; distinct counts and top values do not
    lastHash = (s == 0 && e == n) ? h : Hashing.mix(h + 31L * s + 961L * (n - e));
    long ph = Hashing.SEED;
    int digits = 0;
    int dots = 0;
    int letters = 0;
    boolean cjk = false;
    if (len <= CLASSIFIED_CHARS) {
      for (int i = 0; i < len; i++) {
        char c = buf[i];
        char sym;
        if (c >= '0' && c <= '9') {
          digits++;
          sym = '9';
        } else if (c >= 'A' && c <= 'Z') {
          letters++;
          sym = 'A';
        } else if (c >= 'a' && c <= 'z') {
          letters++;
          sym = 'a';
        } else if (c < 128) {
          if (c == '.') {
            dots++;
          }
          sym = c == ' ' || c == '\t' ? '_' : c;
        } else if (isHan(c)) {
          cjk = true;
          sym = '汉';
        } else {
          sym = space(c) ? '_' : '*';
        }
        ph = (ph ^ sym) * Hashing.PRIME;
      }
    } else {
      // long values: text unless all digits; Chinese if one of the first characters is
      while (digits < len && buf[digits] >= '0' && buf[digits] <= '9') {
        digits++;
      }
      for (int i = 0; i < Math.min(len, CLASSIFIED_CHARS); i++) {
        if (isHan(buf[i])) {
          cjk = true;
          break;
        }
      }
    }
    int type = classify(v, s, e, len, digits, dots, letters);
    typeCounts[type]++;
    boolean fresh = top.add(h, v, s, e);
    if (distinct != null) {
      fresh = distinct.add(h == 0 ? 1 : h);
      if (distinct.size() > distinctLimit) {
        sketch = new HyperLogLog();
        distinct.forEach(sketch::add);
        distinct = null;
      }
    } else if (sketch != null) {
      sketch.add(h == 0 ? 1 : h);
      fresh = true;
    }
    int b = len < BUCKET_OF_LENGTH.length ? BUCKET_OF_LENGTH[len] : LENGTH_BOUNDS.length;
    lengthBuckets[b]++;
    minLength = Math.min(minLength, len);
    maxLength = Math.max(maxLength, len);
    totalLength += len;
    if (len <= PATTERN_CHARS) {
      long patternKey = Hashing.mix(ph ^ len);
      countPattern(patternKey == 0 ? 1 : patternKey, v, s, e, b, cjk);
    } else {
      longPatterns[(cjk ? LENGTH_BOUNDS.length + 1 : 0) + b]++;
    }
    if (type == INTEGER && digits == len) {
      if (len > 1 && buf[0] == '0') {
        leadingZeros++;
      }
      if (fresh) {
        if (minDigits == null || compareDigits(v, s, e, minDigits) < 0) {
          minDigits = v.substring(s, Math.min(e, s + 200));
        }
        if (maxDigits == null || compareDigits(v, s, e, maxDigits) > 0) {
          maxDigits = v.substring(s, Math.min(e, s + 200));
        }
      }
    }
    switch (type) {
      case INTEGER, DECIMAL -> number(v, s, e, type);
      case DATE, DATETIME -> date(type, record, line, v, s, e);
      default -> { }
    }
    if (fresh && (type == TEXT || type == BOOLEAN || type == TIME)) {
      // a value seen before cannot move the text min or max
      // text order is reported for text columns only; numbers and dates have their own min/max
      if (minText == null || compare(v, s, e, minText) < 0) {
        minText = v.substring(s, Math.min(e, s + 200));
      }
      if (maxText == null || compare(v, s, e, maxText) > 0) {
        maxText = v.substring(s, Math.min(e, s + 200));
      }
    }
  }

  private void countPattern(long key, String v, int s, int e, int bucket, boolean cjk) {
    int mask = patternKeys.length - 1;
    int i = (int) key & mask;
    while (true) {
      long k = patternKeys[i];
      if (k == key) {
        patternCounts[i]++;
        return;
      }
      if (k == 0) {
        break;
      }
      i = (i + 1) & mask;
    }
    if (patternSize < MAX_PATTERNS) {
      patternKeys[i] = key;
      patternCounts[i] = 1;
      patternNames[i] = e - s <= PATTERN_CHARS ? pattern(v, s, e) : longPattern(bucket, cjk);
      patternSize++;
    } else {
      otherPatterns++;
    }
  }

  /** The date a value was classified as (set by {@link #classify} for DATE and DATETIME). */
  private long parsedDate;

  private int classify(String v, int s, int e, int len, int digits, int dots, int letters) {
    char c0 = v.charAt(s);
    if (digits == len) {
      if (len == 8 || len == 14) {
        parsedDate = Dates.parse(v, s, e);
        if (parsedDate != Dates.NONE) {
          return len == 8 ? DATE : DATETIME;
        }
      }
      return INTEGER;
    }
    boolean sign = c0 == '-' || c0 == '+';
    if (sign && digits == len - 1 && len > 1) {
      return INTEGER;
    }
    if (dots == 1 && digits == len - 1 - (sign ? 1 : 0) && digits > 0 && v.charAt(e - 1) != '.') {
      return DECIMAL;
    }
    if (len >= 10 && len <= 26 && digits >= 8 && letters <= 1) {
      parsedDate = Dates.parse(v, s, e);
      if (parsedDate != Dates.NONE) {
        return len == 10 ? DATE : DATETIME;
      }
    }
    if ((len == 8 || len == 5) && digits == len - (len == 8 ? 2 : 1) && v.charAt(s + 2) == ':') {
      int hh = FormatChecks.num(v, s, 2);
      int mm = FormatChecks.num(v, s + 3, 2);
      if (hh <= 23 && mm <= 59 && (len == 5 || (v.charAt(s + 5) == ':' && FormatChecks.num(v, s + 6, 2) <= 59))) {
        return TIME;
      }
    }
    if (len <= 5 && isBoolean(v, s, e)) {
      return BOOLEAN;
    }
    return TEXT;
  }

  private static final String[] BOOLEANS = {"T", "F", "Y", "N", "true", "false", "TRUE", "FALSE", "True", "False", "是", "否"};

  private static boolean isBoolean(String v, int s, int e) {
    int len = e - s;
    for (String b : BOOLEANS) {
      if (b.length() == len && v.regionMatches(s, b, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private void number(String v, int s, int e, int type) {
    double d;
    if (type == INTEGER && e - s <= 15) {
      long x = 0;
      int i = s;
      boolean neg = v.charAt(s) == '-';
      if (neg || v.charAt(s) == '+') {
        i++;
      }
      for (; i < e; i++) {
        x = x * 10 + (v.charAt(i) - '0');
      }
      d = neg ? -x : x;
    } else if (type == DECIMAL && e - s <= 18) {
      // digits with one point: an exact long mantissa scaled by a power of ten (min/max are shown, not summed)
      long x = 0;
      int scale = -1;
      boolean neg = v.charAt(s) == '-';
      for (int i = neg || v.charAt(s) == '+' ? s + 1 : s; i < e; i++) {
        char c = v.charAt(i);
        if (c == '.') {
          scale = 0;
        } else {
          x = x * 10 + (c - '0');
          if (scale >= 0) {
            scale++;
          }
        }
      }
      d = (neg ? -x : x) / Math.pow(10, Math.max(scale, 0));
    } else if (type == DECIMAL) {
      d = Double.parseDouble(v.substring(s, e));
    } else {
      return;
    }
    if (d < minNumber) {
      minNumber = d;
    }
    if (d > maxNumber) {
      maxNumber = d;
    }
  }

  private void date(int type, long record, long line, String v, int s, int e) {
    long d = parsedDate;
    lastDate = d;
    dateValues++;
    if (type == DATETIME) {
      datesHaveTime = true;
    }
    minDate = Math.min(minDate, d);
    maxDate = Math.max(maxDate, d);
    int day = Dates.day(d);
    boolean fut = day > asOf;
    boolean out = (windowFrom > 0 && day < windowFrom) || (windowTo > 0 && day > windowTo);
    if (fut) {
      future++;
    }
    if (out) {
      outsideWindow++;
    }
    if (fut || out) {
      untimely++;
      if (untimelyExamples.size() < exampleLimit) {
        untimelyExamples.add(new long[] {record, line, fut ? 1 : 0, out ? 1 : 0});
        untimelyValues.add(v.substring(s, e));
      }
    }
  }

  private static int compareDigits(String v, int s, int e, String other) {
    return e - s != other.length() ? Integer.compare(e - s, other.length()) : compare(v, s, e, other);
  }

  private static int compare(String v, int s, int e, String other) {
    int n = Math.min(e - s, other.length());
    for (int i = 0; i < n; i++) {
      int c = v.charAt(s + i) - other.charAt(i);
      if (c != 0) {
        return c;
      }
    }
    return (e - s) - other.length();
  }

  private static String pattern(String v, int s, int e) {
    StringBuilder sb = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append('9');
      } else if (c >= 'A' && c <= 'Z') {
        sb.append('A');
      } else if (c >= 'a' && c <= 'z') {
        sb.append('a');
      } else if (c < 128) {
        sb.append(c == ' ' || c == '\t' ? '_' : c);
      } else if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')) {
        sb.append('汉');
      } else {
        sb.append(space(c) ? '_' : '*');
      }
    }
    return sb.toString();
  }

  private static String longPattern(int bucket, boolean cjk) {
    return (cjk ? "汉TEXT(" : "TEXT(") + bucketLabel(bucket) + ")";
  }

  static String bucketLabel(int b) {
    if (b < 20) {
      return Integer.toString(LENGTH_BOUNDS[b]);
    }
    if (b == LENGTH_BOUNDS.length) {
      return ">" + LENGTH_BOUNDS[b - 1];
    }
    return (LENGTH_BOUNDS[b - 1] + 1) + "-" + LENGTH_BOUNDS[b];
  }

  boolean distinctExact() {
    return sketch == null;
  }

  long distinctCount() {
    if (sketch != null) {
      return sketch.estimate();
    }
    return distinct != null ? distinct.size() : top.size();
  }

  /** The inferred type: one type with 95% of the non-empty values (integers count as decimals too). */
  String inferredType() {
    if (filled == 0) {
      return "empty";
    }
    if (typeCounts[INTEGER] >= 0.95 * filled && leadingZeros > 0) {
      return "code";
    }
    for (int t = 0; t < TYPES.length; t++) {
      if (typeCounts[t] >= 0.95 * filled) {
        return TYPES[t];
      }
    }
    if (typeCounts[INTEGER] + typeCounts[DECIMAL] >= 0.95 * filled) {
      return "decimal";
    }
    if (typeCounts[DATE] + typeCounts[DATETIME] >= 0.95 * filled) {
      return "datetime";
    }
    return "mixed";
  }

  /** Values that fit the inferred type (for 有效性 without a mapping); -1 when there is no single type. */
  long valuesOfInferredType() {
    String t = inferredType();
    return switch (t) {
      case "empty", "mixed" -> -1;
      case "text" -> filled;
      case "decimal" -> typeCounts[INTEGER] + typeCounts[DECIMAL];
      case "code" -> typeCounts[INTEGER];
      case "datetime" -> typeCounts[DATE] + typeCounts[DATETIME];
      default -> typeCounts[java.util.Arrays.asList(TYPES).indexOf(t)];
    };
  }

  Map<String, Long> typeCountMap() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int t = 0; t < TYPES.length; t++) {
      if (typeCounts[t] > 0) {
        m.put(TYPES[t], typeCounts[t]);
      }
    }
    return m;
  }

  List<ValueCount> lengths() {
    List<ValueCount> out = new ArrayList<>();
    for (int b = 0; b < lengthBuckets.length; b++) {
      if (lengthBuckets[b] > 0) {
        out.add(new ValueCount(bucketLabel(b), lengthBuckets[b]));
      }
    }
    return out;
  }

  /** The {@code k} most frequent patterns; {@link #otherPatternsShown} counts the values of the rest. */
  List<ValueCount> patterns(int k) {
    List<ValueCount> all = new ArrayList<>();
    for (int i = 0; i < patternKeys.length; i++) {
      if (patternKeys[i] != 0) {
        all.add(new ValueCount(patternNames[i], patternCounts[i]));
      }
    }
    for (int i = 0; i < longPatterns.length; i++) {
      if (longPatterns[i] > 0) {
        int bucket = i % (LENGTH_BOUNDS.length + 1);
        all.add(new ValueCount(longPattern(bucket, i > LENGTH_BOUNDS.length), longPatterns[i]));
      }
    }
    all.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
    long rest = otherPatterns;
    for (int i = k; i < all.size(); i++) {
      rest += all.get(i).count();
    }
    otherPatternsShown = rest;
    return all.size() > k ? all.subList(0, k) : all;
  }

  /** Values whose pattern is not among those {@link #patterns(int)} returned. */
  long otherPatternsShown;

  /** Min and max as text for the inferred type. */
  String[] minMax() {
    String t = inferredType();
    if (t.equals("code") && minDigits != null) {
      return new String[] {minDigits, maxDigits};
    }
    if ((t.equals("integer") || t.equals("decimal")) && minNumber <= maxNumber) {
      return new String[] {number(minNumber), number(maxNumber)};
    }
    if ((t.equals("date") || t.equals("datetime")) && minDate <= maxDate) {
      return new String[] {Dates.text(minDate, datesHaveTime), Dates.text(maxDate, datesHaveTime)};
    }
    if (filled == 0) {
      return new String[] {null, null};
    }
    return new String[] {minText, maxText};
  }

  private static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
