package org.shutong.drg;

/**
 * One rule token of a table set, parsed once at load (see docs/drg.md for the token glossary and
 * RuleParser for the grammar). Immutable.
 */
final class Cond {
  /** What the token tests. */
  enum Kind {
    /** {@code ALWAYS}. */
    ALWAYS,
    /** {@code PDX_IN_MDC_LIST}: principal in the MDC's list (mdc-diagnoses.csv). */
    PDX_IN_MDC_LIST,
    /** {@code PDX_IN_<LIST>}: principal in the ADRG's diagnosis list. */
    PDX_IN_LIST,
    /** {@code ANY_DX_IN_<LIST>}: some diagnosis (principal or secondary) in the ADRG's list. */
    ANY_DX_IN_LIST,
    /** {@code MAIN_PROC_IN_<LIST>}: main procedure in the ADRG's procedure list. */
    MAIN_PROC_IN_LIST,
    /** {@code ANY_PROC_IN_<LIST>}: some procedure in the ADRG's procedure list. */
    ANY_PROC_IN_LIST,
    /** {@code MAIN_PROC_IN_OR_LIST}: main procedure in or-procedures.csv. */
    MAIN_PROC_IN_OR,
    /** {@code ANY_PROC_IN_OR_LIST}: some procedure in or-procedures.csv. */
    ANY_PROC_IN_OR,
    /** {@code NO_PROC_IN_OR_LIST}: no procedure in or-procedures.csv. */
    NO_PROC_IN_OR,
    /** {@code >=N_DISTINCT_<MDC>_REGIONS_AMONG_ALL_DX}: diagnoses in that MDC's list cover N regions. */
    MIN_REGIONS,
    /** {@code GENDER=1}, {@code AGE_YEARS=0}, {@code AGE_DAYS<=28}, {@code WEIGHT<1500} ... */
    COMPARE,
    /** {@code PROC_LABELS(expr)}: labels of the record's procedures in the ADRG list satisfy expr. */
    PROC_LABELS,
    /** {@code HAS_MCC}: a secondary diagnosis is an MCC not excluded by the principal. */
    HAS_MCC,
    /** {@code HAS_CC}: a secondary diagnosis is a CC not excluded by the principal. */
    HAS_CC,
    /** {@code HAS_MCC_OR_CC}: {@code HAS_MCC} or {@code HAS_CC}. */
    HAS_MCC_OR_CC
  }

  /** The record value a {@link Kind#COMPARE} token compares, as a number. */
  enum Field {
    GENDER,
    AGE_YEARS,
    AGE_DAYS,
    WEIGHT
  }

  /** Comparison operators. */
  enum Op {
    EQ("="),
    NE("!="),
    LE("<="),
    GE(">="),
    LT("<"),
    GT(">");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    boolean test(double a, double b) {
      return switch (this) {
        case EQ -> a == b;
        case NE -> a != b;
        case LE -> a <= b;
        case GE -> a >= b;
        case LT -> a < b;
        case GT -> a > b;
      };
    }
  }

  final Kind kind;
  final String token;
  /** List kind index for the *_IN_LIST kinds, -1 otherwise. */
  final int list;
  /** List name as written in the token ({@code DX}, {@code PROC2}), or {@code null}. */
  final String listName;
  final Field field;
  final Op op;
  final double value;
  /** Minimum number of regions and the MDC index whose list carries them, for MIN_REGIONS. */
  final int minRegions;
  final int regionMdc;
  final LabelExpr labels;

  private Cond(Kind kind, String token, int list, String listName, Field field, Op op, double value,
      int minRegions, int regionMdc, LabelExpr labels) {
    this.kind = kind;
    this.token = token;
    this.list = list;
    this.listName = listName;
    this.field = field;
    this.op = op;
    this.value = value;
    this.minRegions = minRegions;
    this.regionMdc = regionMdc;
    this.labels = labels;
  }

  static Cond simple(Kind kind, String token) {
    return new Cond(kind, token, -1, null, null, null, 0, 0, -1, null);
  }

  static Cond list(Kind kind, String token, int list, String listName) {
    return new Cond(kind, token, list, listName, null, null, 0, 0, -1, null);
  }

  static Cond compare(String token, Field field, Op op, double value) {
    return new Cond(Kind.COMPARE, token, -1, null, field, op, value, 0, -1, null);
  }

  static Cond regions(String token, int min, int mdc) {
    return new Cond(Kind.MIN_REGIONS, token, -1, null, null, null, 0, min, mdc, null);
  }

  static Cond labels(String token, LabelExpr expr) {
    return new Cond(Kind.PROC_LABELS, token, -1, null, null, null, 0, 0, -1, expr);
  }

  /** Whether this token tests diagnosis severity (a DRG split rule). */
  boolean severity() {
    return kind == Kind.HAS_MCC || kind == Kind.HAS_CC || kind == Kind.HAS_MCC_OR_CC;
  }
}
