package org.shutong.deid;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.Regions;

/** Builds the value transformation of each rule from its options. */
final class Transforms {
  private Transforms() {}

  /** Where hierarchies come from. */
  record Environment(Supplier<Regions> regions, Function<String, Optional<String>> icdChapter) {
    static Environment bundled() {
      return new Environment(() -> Codesets.bundled().regions(), Transforms::chapter);
    }
  }

  /**
   * The chapter of an ICD category, from the coding service's chapter tables: an ICD-10 category
   * ({@code I21}) in the 22 chapters of ICD-10, a two-digit ICD-9-CM-3 category ({@code 36}) in the
   * ICD-9-CM-3 chapters; written as the chapter's range ({@code I00-I99}, {@code 35-39}).
   */
  static Optional<String> chapter(String category) {
    List<org.shutong.coding.Chapter> chapters = Character.isDigit(category.charAt(0))
        ? org.shutong.coding.Coding.icd9Chapters() : org.shutong.coding.Coding.icd10Chapters();
    for (org.shutong.coding.Chapter c : chapters) {
      if (c.contains(category)) {
        return Optional.of(c.first().equals(c.last()) ? c.first() : c.first() + "-" + c.last());
      }
    }
    return Optional.empty();
  }

  /** The keyed functions, or {@code null} members when only checking a profile. */
  record Keyed(Pseudonymizer pseudonymizer, TokenCipher cipher, DateShift shift, DeidKey key) {}

  /** What a transformation may look at besides the value. One per thread, reset per record. */
  static final class RowContext {
    /** The record's person key as found (the first non-blank person column), or {@code null}. */
    String rawPerson;
    private String person;
    /** The maxDays the cached offset was computed for, or -1. */
    int offsetFor = -1;
    int offset;
    List<TextScrubber.Known> known = List.of();
    boolean unparsed;
    TextScrubber.Counts scrubCounts;

    /** Starts a record whose person key is {@code raw} (as found, or {@code null}). */
    void person(String raw) {
      rawPerson = raw;
      person = null;
      offsetFor = -1;
    }

    /** The normalised person key ({@link ValueNormalizer#RESIDENT_ID}), or {@code null}. */
    String person() {
      if (person == null && rawPerson != null) {
        person = ValueNormalizer.RESIDENT_ID.apply(rawPerson);
      }
      return person;
    }
  }

  /** One column's transformation. */
  interface Transform {
    String apply(String value, RowContext ctx);

    /**
     * The transformation for another thread: this one when it keeps no state, else a copy with its
     * own MAC and cache. The copy gives the same results.
     */
    default Transform forThread() {
      return this;
    }
  }

  /** The transformation of {@code keep} and {@code drop}: the value itself. */
  static final Transform IDENTITY = (v, ctx) -> v;

  /** Slots (as a power of two) of the per-thread caches of pseudonyms and date offsets. */
  static final int CACHE_BITS = 16;

  /** Checks a rule's options (throws {@link LocalizedArgumentException} naming the option and what is wrong). */
  static void check(Rule r, Profile p, Environment env) {
    build(r, p, env, null);
  }

  static String opt(Rule r, String key, String dflt) {
    Object v = r.options().get(key);
    return v == null ? dflt : v.toString();
  }

  static int intOpt(Rule r, String key, int dflt) {
    String v = opt(r, key, null);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new LocalizedArgumentException("option.notWhole", key, v);
    }
  }

  @SuppressWarnings("unchecked") // options are String or List<String> (Profiles.rule)
  static List<String> listOpt(Rule r, String key) {
    Object v = r.options().get(key);
    if (v == null) {
      return List.of();
    }
    return v instanceof List<?> l ? (List<String>) l : List.of(v.toString());
  }

  /** The rule's {@code maskChar}: one character (one code point), {@code *} by default. */
  static String maskChar(Rule r) {
    String mc = opt(r, "maskChar", "*");
    if (mc.codePointCount(0, mc.length()) != 1) {
      throw new LocalizedArgumentException("option.maskChar", "maskChar", mc);
    }
    return mc;
  }

  /** The hierarchy of a generalize rule. */
  static Hierarchy hierarchy(Rule r, Environment env) {
    String type = opt(r, "type", null);
    if (type == null) {
      throw new LocalizedArgumentException("option.missingType", "type");
    }
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "number", "age" -> {
        List<String> w = listOpt(r, "widths");
        List<BigDecimal> widths = new ArrayList<>();
        for (String s : w.isEmpty() && type.equalsIgnoreCase("age") ? List.of("5", "10", "20") : w) {
          widths.add(decimal("widths", s));
        }
        if (widths.isEmpty()) {
          throw new LocalizedArgumentException("option.missingWidths", "widths");
        }
        String top = opt(r, "top", null);
        String bottom = opt(r, "bottom", null);
        yield new Hierarchies.Bands(widths, top == null ? null : decimal("top", top),
            bottom == null ? null : decimal("bottom", bottom));
      }
      case "date" -> new Hierarchies.Dates();
      case "region" -> new Hierarchies.RegionCodes(env.regions().get());
      case "icd" -> new Hierarchies.IcdCodes(env.icdChapter());
      case "prefix" -> {
        List<Integer> lengths = new ArrayList<>();
        for (String s : listOpt(r, "lengths")) {
          try {
            lengths.add(Integer.parseInt(s.strip()));
          } catch (NumberFormatException e) {
            throw new LocalizedArgumentException("option.notWhole", "lengths", s);
          }
        }
        if (lengths.isEmpty()) {
          throw new LocalizedArgumentException("option.missingLengths", "lengths");
        }
        String mc = maskChar(r);
        if (mc.length() != 1) {
          throw new LocalizedArgumentException("option.maskChar", "maskChar", mc); // a prefix mask is one UTF-16 character
        }
        yield new Hierarchies.Prefixes(lengths, mc.charAt(0));
      }
      case "hierarchy" -> {
        String file = opt(r, "file", null);
        if (file == null) {
          throw new LocalizedArgumentException("option.missingFile", "file");
        }
        yield new Hierarchies.Table(readTable(Path.of(file)));
      }
      default -> throw new LocalizedArgumentException("option.badType", "type", type);
    };
  }

  /** The level a generalize rule applies (and the lowest the k-anonymity search may choose). */
  static int level(Rule r, Hierarchy h) {
    String l = opt(r, "level", null);
    if (l == null) {
      return Math.min(1, h.height() - 1);
    }
    try {
      return h.level(l);
    } catch (IllegalArgumentException e) {
      throw new LocalizedArgumentException(e, "option.badLevel", "level", l, h.levelNames());
    }
  }

  static List<String[]> readTable(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LocalizedArgumentException(e, "option.unreadableFile", "file", file, e.getMessage());
    }
    List<String[]> rows = new ArrayList<>();
    char delim = 0;
    for (String l : lines) {
      String s = l.startsWith("\uFEFF") ? l.substring(1) : l;
      if (s.isBlank()) {
        continue;
      }
      if (delim == 0) {
        delim = s.indexOf(';') >= 0 ? ';' : s.indexOf('\t') >= 0 ? '\t' : ',';
      }
      rows.add(s.split(java.util.regex.Pattern.quote(String.valueOf(delim)), -1));
    }
    if (rows.isEmpty()) {
      throw new LocalizedArgumentException("option.emptyFile", "file", file);
    }
    return rows;
  }

  private static BigDecimal decimal(String key, String s) {
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      throw new LocalizedArgumentException(e, "option.notNumber", key, s);
    }
  }

  /** The transformation of {@code r}; {@code keyed} null only checks the options. */
  static Transform build(Rule r, Profile p, Environment env, Keyed keyed) {
    String marker = p.marker();
    return switch (r.action()) {
      case KEEP, DROP -> IDENTITY;
      case SUPPRESS -> (v, ctx) -> v.isEmpty() ? v : marker;
      case MASK -> mask(r);
      case PSEUDONYMIZE -> pseudonymize(r, p, keyed);
      case ENCRYPT -> {
        String domain = opt(r, "domain", "default");
        yield keyed == null ? (v, ctx) -> v : (v, ctx) -> v.isEmpty() ? v : keyed.cipher().encrypt(domain, v);
      }
      case GENERALIZE -> {
        Hierarchy h = hierarchy(r, env);
        int level = level(r, h);
        yield generalize(h, level, marker);
      }
      case SHIFT -> shift(r, marker, keyed);
      case NOISE -> noise(r, marker, keyed);
      case SCRUB -> (v, ctx) -> TextScrubber.standard().scrub(v, ctx.known, ctx.scrubCounts);
    };
  }

  static Transform generalize(Hierarchy h, int level, String marker) {
    int top = h.height() - 1;
    return (v, ctx) -> {
      if (v.isEmpty()) {
        return v;
      }
      if (level >= top) {
        return marker;
      }
      String g = h.apply(v, level);
      if (g == null) {
        ctx.unparsed = true;
        return marker;
      }
      return g;
    };
  }

  private static Transform mask(Rule r) {
    int first = intOpt(r, "keepFirst", 0);
    int last = intOpt(r, "keepLast", 0);
    if (first < 0) {
      throw new LocalizedArgumentException("option.negative", "keepFirst", first);
    }
    if (last < 0) {
      throw new LocalizedArgumentException("option.negative", "keepLast", last);
    }
    return new Mask(first, last, maskChar(r));
  }

  /**
   * Keeps the first and last characters (code points) of a value and masks the rest, one mask
   * character per character: {@code 138****5678}. A value no longer than what is kept is masked
   * whole. Each thread has its own buffer.
   */
  private static final class Mask implements Transform {
    private final int first;
    private final int last;
    private final String mc;
    /** The mask character when it is one UTF-16 unit, else 0. */
    private final char single;
    private char[] buf = new char[64];

    Mask(int first, int last, String mc) {
      this.first = first;
      this.last = last;
      this.mc = mc;
      this.single = mc.length() == 1 ? mc.charAt(0) : 0;
    }

    @Override
    public String apply(String v, RowContext ctx) {
      int len = v.length();
      if (len == 0) {
        return v;
      }
      if (single != 0 && len > first + last && !hasSurrogate(v)) {
        // one char per code point: keep the ends, fill the middle
        if (buf.length < len) {
          buf = new char[Math.max(len, 2 * buf.length)];
        }
        char[] out = buf;
        v.getChars(0, first, out, 0);
        java.util.Arrays.fill(out, first, len - last, single);
        v.getChars(len - last, len, out, len - last);
        return new String(out, 0, len);
      }
      int n = v.codePointCount(0, len);
      if (n <= first + last) {
        return mc.repeat(n);
      }
      int endFirst = v.offsetByCodePoints(0, first);
      int startLast = v.offsetByCodePoints(0, n - last);
      return new StringBuilder(len).append(v, 0, endFirst).append(mc.repeat(n - first - last))
          .append(v, startLast, len).toString();
    }

    @Override
    public Transform forThread() {
      return new Mask(first, last, mc);
    }
  }

  private static boolean hasSurrogate(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (Character.isSurrogate(v.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Transform pseudonymize(Rule r, Profile p, Keyed keyed) {
    String domain = opt(r, "domain", "default");
    int length = intOpt(r, "length", 16);
    Alphabet alphabet;
    try {
      alphabet = Alphabet.parse(opt(r, "alphabet", "base32"));
    } catch (IllegalArgumentException e) {
      throw new LocalizedArgumentException(e, "option.badAlphabet", "alphabet", opt(r, "alphabet", ""));
    }
    double bits = alphabet.bits(length);
    if (bits < Pseudonymizer.MIN_BITS || bits > Pseudonymizer.MAX_BITS) {
      throw new LocalizedArgumentException("option.badLength", "length", length, alphabet.name(), Math.round(bits), Pseudonymizer.MIN_BITS,
          Pseudonymizer.MAX_BITS);
    }
    ValueNormalizer norm;
    try {
      norm = ValueNormalizer.parse(opt(r, "normalize", "text"));
    } catch (IllegalArgumentException e) {
      throw new LocalizedArgumentException(e, "option.badNormalize", "normalize", opt(r, "normalize", ""));
    }
    String prefix = opt(r, "prefix", "");
    if (keyed == null) {
      return (v, ctx) -> v;
    }
    Pseudonymizer ps = keyed.pseudonymizer().length() == length && keyed.pseudonymizer().alphabet().equals(alphabet)
        ? keyed.pseudonymizer() : new Pseudonymizer(keyed.key(), p.hash(), alphabet, length);
    return new Pseudonymize(ps, domain, norm, prefix);
  }

  /** Keyed pseudonyms of one rule, with a per-thread MAC and a cache of recent values. */
  private static final class Pseudonymize implements Transform {
    private final Pseudonymizer ps;
    private final String domain;
    private final ValueNormalizer norm;
    private final String prefix;
    private final Pseudonymizer.Session session;
    private RecentCache<String> cache;

    Pseudonymize(Pseudonymizer ps, String domain, ValueNormalizer norm, String prefix) {
      this.ps = ps;
      this.domain = domain;
      this.norm = norm;
      this.prefix = prefix;
      this.session = ps.session(domain);
    }

    @Override
    public String apply(String v, RowContext ctx) {
      if (v.isEmpty()) {
        return v;
      }
      if (cache == null) {
        cache = new RecentCache<>(CACHE_BITS);
      }
      String p0 = cache.get(v);
      if (p0 == null) {
        String s = session.pseudonym(norm.apply(v));
        p0 = prefix.isEmpty() ? s : prefix + s;
        cache.put(v, p0);
      }
      return p0;
    }

    @Override
    public Transform forThread() {
      return new Pseudonymize(ps, domain, norm, prefix);
    }
  }

  private static Transform shift(Rule r, String marker, Keyed keyed) {
    int max = intOpt(r, "maxDays", 180);
    if (max < 1 || max > 36_500) {
      throw new LocalizedArgumentException("option.maxDays", "maxDays", max);
    }
    if (keyed == null) {
      return (v, ctx) -> v;
    }
    return new Shift(keyed.shift(), max, marker);
  }

  /** A per-person date shift, with a per-thread MAC and a cache of recent persons' offsets. */
  private static final class Shift implements Transform {
    private final DateShift ds;
    private final int max;
    private final String marker;
    private final DateShift.Session session;
    private RecentCache<Integer> offsets;

    Shift(DateShift ds, int max, String marker) {
      this.ds = ds;
      this.max = max;
      this.marker = marker;
      this.session = ds.session();
    }

    @Override
    public String apply(String v, RowContext ctx) {
      if (v.isEmpty()) {
        return v;
      }
      int ymd = DateValues.parse(v);
      if (ymd < 0 || ctx.rawPerson == null) {
        ctx.unparsed = true;
        return marker;
      }
      if (ctx.offsetFor != max) {
        if (offsets == null) {
          offsets = new RecentCache<>(CACHE_BITS);
        }
        Integer o = offsets.get(ctx.rawPerson);
        if (o == null) {
          o = session.offsetDays(ctx.person(), max);
          offsets.put(ctx.rawPerson, o);
        }
        ctx.offset = o;
        ctx.offsetFor = max;
      }
      String s = DateValues.shift(v, ymd, ctx.offset);
      if (s == null) {
        ctx.unparsed = true;
        return marker;
      }
      return s;
    }

    @Override
    public Transform forThread() {
      return new Shift(ds, max, marker);
    }
  }

  private static Transform noise(Rule r, String marker, Keyed keyed) {
    String scaleText = opt(r, "scale", null);
    if (scaleText == null) {
      throw new LocalizedArgumentException("option.missingScale", "scale");
    }
    boolean relative = scaleText.strip().endsWith("%");
    double scale;
    try {
      scale = Double.parseDouble(relative ? scaleText.strip().substring(0, scaleText.strip().length() - 1) : scaleText);
    } catch (NumberFormatException e) {
      throw new LocalizedArgumentException(e, "option.notNumber", "scale", scaleText);
    }
    if (!(scale > 0)) {
      throw new LocalizedArgumentException("option.positive", "scale", scaleText);
    }
    String dist = opt(r, "distribution", "uniform").toLowerCase(Locale.ROOT);
    if (!dist.equals("uniform") && !dist.equals("laplace")) {
      throw new LocalizedArgumentException("option.distribution", "distribution", opt(r, "distribution", ""));
    }
    int decimals = intOpt(r, "decimals", 0);
    String domain = opt(r, "domain", r.id());
    if (keyed == null) {
      return (v, ctx) -> v;
    }
    return new Noise(keyed.shift(), domain, relative, scale, dist.equals("laplace"), decimals, marker);
  }

  /** Keyed noise, with a per-thread MAC. */
  private static final class Noise implements Transform {
    private final DateShift ds;
    private final String domain;
    private final boolean relative;
    private final double scale;
    private final boolean laplace;
    private final int decimals;
    private final String marker;
    private final DateShift.Session session;

    Noise(DateShift ds, String domain, boolean relative, double scale, boolean laplace, int decimals, String marker) {
      this.ds = ds;
      this.domain = domain;
      this.relative = relative;
      this.scale = scale;
      this.laplace = laplace;
      this.decimals = decimals;
      this.marker = marker;
      this.session = ds.session();
    }

    @Override
    public String apply(String v, RowContext ctx) {
      if (v.isEmpty()) {
        return v;
      }
      double x;
      try {
        x = Double.parseDouble(v.strip());
      } catch (NumberFormatException e) {
        ctx.unparsed = true;
        return marker;
      }
      String person = ctx.person();
      double u = session.uniform(domain + "\u0000" + (person == null ? "" : person) + "\u0000" + v.strip());
      double b = relative ? Math.abs(x) * scale / 100 : scale;
      double noise = laplace ? -b * Math.signum(u - 0.5) * Math.log(1 - 2 * Math.abs(u - 0.5)) : (2 * u - 1) * b;
      return BigDecimal.valueOf(x + noise).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public Transform forThread() {
      return new Noise(ds, domain, relative, scale, laplace, decimals, marker);
    }
  }
}
