package org.shutong.firstpage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.shutong.codesets.Codesets;
import org.shutong.coding.CheckStatus;
import org.shutong.coding.CodeCheck;
import org.shutong.coding.CodeEdits;
import org.shutong.coding.CodedRecord;
import org.shutong.coding.CodingSystem;
import org.shutong.coding.EditHit;
import org.shutong.expr.Expression;
import org.shutong.expr.Logic;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.identifier.IdentifierCheck;
import org.shutong.identifier.Identifiers;
import org.shutong.io.HeaderMapping;
import org.shutong.io.Row;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableInput;
import org.shutong.io.TableReaders;
import org.shutong.io.InputException;
import org.shutong.io.OutputException;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.InputSummary;
import org.shutong.report.Severity;

/**
 * Checks 住院病案首页 extracts against a {@link RuleSet}: field-level rules (required items, formats,
 * value domains), codes against the ICD-10 and ICD-9-CM-3 tables, the rule set's cross-field
 * rules, and rules across records (duplicate stays, overlapping stays of one person, 住院次数 order).
 * Findings follow CONVENTIONS ({@code field} is the standard's field code whatever the header was)
 * and stream to a {@link FindingSink}; a {@link CheckResult} gives scores, summaries and the 2016
 * indicators. Memory grows with the keys the cross-record rules keep (one per stay), not with the
 * file. A checker is immutable and can start any number of runs; a run is single-threaded.
 *
 * <pre>{@code
 * FirstPageChecker checker = FirstPageChecker.builder().build();
 * FindingCollector findings = new FindingCollector();
 * FirstPageChecker.Run run = checker.start(findings);
 * try (TableReader r = TableReaders.open(path, ReadOptions.defaults().withProblems(findings))) {
 *   run.check(r);
 * }
 * CheckResult result = run.finish();
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FirstPageChecker {
  private final RuleSet rules;
  private final FirstPageFields fields;
  private final Lang lang;
  private final Identifiers identifiers;
  private final Lookups.Codes diagnoses;
  private final Lookups.Codes procedures;
  private final Lookups.Domains domains;
  private final Lookups.ProcedureKinds procedureKinds;
  private final CodeEdits edits;
  private final Path spillDirectory;
  private final long spillBudget;
  /** Bytes per cross-record key table and for the score list kept in memory: 32 MB. */
  static final long DEFAULT_SPILL_BUDGET = 32L << 20;

  private FirstPageChecker(Builder b) {
    this.rules = b.rules;
    this.fields = b.fields;
    this.lang = b.lang;
    this.identifiers = b.identifiers;
    this.diagnoses = b.diagnoses;
    this.procedures = b.procedures;
    this.domains = b.domains;
    this.procedureKinds = b.procedureKinds;
    this.edits = b.edits;
    this.spillDirectory = b.spillDirectory != null ? b.spillDirectory
        : Path.of(System.getProperty("java.io.tmpdir"));
    this.spillBudget = b.spillBudget;
  }

  /** A store for what a run keeps per record, spilling to {@link #spillDirectory} beyond the budget. */
  private SpillBytes spill() {
    return new SpillBytes(spillBudget, spillDirectory, (dir, e) -> new OutputException(dir.toString(),
        Messages.of("org.shutong.firstpage.messages", lang).get("spill.failed", dir, e.getMessage()), e));
  }

  /** A builder with the bundled rules and dictionary, Chinese messages. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rule set. */
  public RuleSet rules() {
    return rules;
  }

  /** The field dictionary (with any user aliases). */
  public FirstPageFields fields() {
    return fields;
  }

  /** Starts a run that sends its findings to {@code sink}. */
  public Run start(FindingSink sink) {
    return new Run(Objects.requireNonNull(sink, "sink"));
  }

  /** Configures a {@link FirstPageChecker}. */
  public static final class Builder {
    private RuleSet rules = RuleSet.standard();
    private FirstPageFields fields = FirstPageFields.standard();
    private Lang lang = Lang.ZH;
    private Identifiers identifiers = Identifiers.standard();
    private Lookups.Codes diagnoses;
    private Lookups.Codes procedures;
    private Lookups.Domains domains;
    private Lookups.ProcedureKinds procedureKinds;
    private Codesets codesets;
    private IcdTables coding = IcdTables.NHSA;
    private CodeEdits edits;
    private Path spillDirectory;
    private long spillBudget = DEFAULT_SPILL_BUDGET;

    private Builder() {}

    /**
     * Where a run puts its temporary files (default: the {@code java.io.tmpdir} system property):
     * once the cross-record keys or the record scores of a run outgrow their memory budget, the rest
     * goes to a file there, which is deleted when the run's results are no longer used. Give a
     * directory with room for about 100 bytes per record of the largest run.
     */
    public Builder spillDirectory(Path dir) {
      this.spillDirectory = Objects.requireNonNull(dir);
      return this;
    }

    /** Bytes each cross-record key table and the score list keep in memory before spilling (tests). */
    Builder spillBudget(long bytes) {
      this.spillBudget = bytes;
      return this;
    }

    /**
     * The code tables and value domains (default {@link Codesets#bundled()}); pass one with a user's
     * tables added ({@code Codesets.with(...)}) to extend RC003/RC023 or replace a table.
     */
    public Builder codesets(Codesets cs) {
      this.codesets = Objects.requireNonNull(cs);
      return this;
    }

    /** Which ICD tables diagnoses and procedures are checked against (default {@link IcdTables#NHSA}). */
    public Builder coding(IcdTables c) {
      this.coding = Objects.requireNonNull(c);
      return this;
    }

    /**
     * The kind of each procedure code — 手术, 介入治疗, 诊断性操作 or 治疗性操作 — as the published
     * procedure table's attribute column gives it (the bundled tables lack that column). Rules
     * FP-OP-SURGERY-* need it; without it they do not fire.
     */
    public Builder procedureKinds(Map<String, String> kinds) {
      Map<String, String> k = Map.copyOf(kinds);
      this.procedureKinds = k::get;
      return this;
    }

    /** The rules (default: {@link RuleSet#standard()}). */
    public Builder rules(RuleSet r) {
      this.rules = Objects.requireNonNull(r);
      return this;
    }

    /** The dictionary, e.g. with a user's aliases (default: {@link FirstPageFields#standard()}). */
    public Builder fields(FirstPageFields f) {
      this.fields = Objects.requireNonNull(f);
      return this;
    }

    /** The language of messages (default Chinese). */
    public Builder lang(Lang l) {
      this.lang = Objects.requireNonNull(l);
      return this;
    }

    /** The identifier checks (default {@link Identifiers#standard()}). */
    public Builder identifiers(Identifiers i) {
      this.identifiers = Objects.requireNonNull(i);
      return this;
    }

    Builder diagnoses(Lookups.Codes c) {
      this.diagnoses = c;
      return this;
    }

    Builder procedures(Lookups.Codes c) {
      this.procedures = c;
      return this;
    }

    Builder domains(Lookups.Domains d) {
      this.domains = d;
      return this;
    }

    Builder procedureKinds(Lookups.ProcedureKinds k) {
      this.procedureKinds = k;
      return this;
    }

    /**
     * The checker. Loads the selected code tables now (they are shared and cached).
     *
     * @throws org.shutong.codesets.UnknownCodesetException if a table is missing from the codesets
     */
    public FirstPageChecker build() {
      Codesets cs = codesets != null ? codesets : Codesets.bundled();
      org.shutong.coding.Coding service = codesets == null ? org.shutong.coding.Coding.bundled()
          : org.shutong.coding.Coding.of(cs);
      CodingSystem dx = service.system(coding.diagnosisTable());
      CodingSystem px = service.system(coding.procedureTable());
      if (diagnoses == null) {
        diagnoses = CodesetLookups.codes(dx);
      }
      if (procedures == null) {
        procedures = CodesetLookups.codes(px);
      }
      if (edits == null) {
        edits = service.edits().withSystems(dx, px);
      }
      if (domains == null) {
        domains = CodesetLookups.domains(cs);
      }
      return new FirstPageChecker(this);
    }
  }

  // ===============================================================================================

  /** One run over one or more inputs; cross-record rules see all of them. Not thread-safe. */
  public final class Run {
    private final FindingSink sink;
    private final CompiledRules compiled = rules.compiled();
    private final List<CompiledRules.Rule> list = compiled.rules;
    private final CompiledRules.Rule[] array = list.toArray(new CompiledRules.Rule[0]);
    private final CompiledRules.Rule dxForm = ruleOfKind("diagnosis-code-form");
    private final CompiledRules.Rule pxForm = ruleOfKind("procedure-code-form");
    private final RecordCtx ctx = new RecordCtx();
    private final Messages messages = Messages.of("org.shutong.firstpage.messages", lang);
    private final Scoring scoring = rules.scoring();
    private final double[] deduct;
    private final long[] firedAt;
    private final long[] ruleFindings;
    private final long[] ruleRecords;
    private final Map<String, long[]> fieldCounts = new HashMap<>();
    private final Map<String, Dept> depts = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private long seq;
    // current record
    private String file;
    private int fileIndex;
    private Row row;
    private double recordDeduct;
    private int recordErrors;
    private int recordWarnings;
    // per file
    private Binding b;
    // scores
    private final SpillBytes scores = spill();
    private final byte[] scoreBytes = new byte[CheckResult.ScoreList.WIDTH];
    private int scored;
    private double scoreSum;
    private long[] gradeCounts;
    private long recordsWithErrors;
    private final PriorityQueue<Low> lowest =
        new PriorityQueue<>(Comparator.comparingDouble(Low::score).reversed()
            .thenComparing(Comparator.comparingLong(Low::seq)));
    // indicator: completeness
    private long completeRecords;
    private long requiredFilled;
    private long requiredTotal;
    // cross-record state
    private final Cross[] cross;
    private boolean finished;

    private Run(FindingSink sink) {
      this.sink = sink;
      int n = list.size();
      deduct = new double[n];
      firedAt = new long[n];
      Arrays.fill(firedAt, -1);
      ruleFindings = new long[n];
      ruleRecords = new long[n];
      for (int i = 0; i < n; i++) {
        deduct[i] = scoring.deductionOf(list.get(i).def);
      }
      gradeCounts = new long[scoring.grades().size()];
      ctx.domains = domains;
      ctx.procedureKinds = procedureKinds;
      ctx.identifiers = identifiers;
      cross = new Cross[n];
      for (CompiledRules.Rule r : list) {
        switch (r.kind()) {
          case "duplicate", "overlap", "admission-order" ->
              cross[r.index] = new Cross(new KeyTable(spill(), KeyTable.FNV_MIX));
          default -> {
            // no state
          }
        }
      }
    }

    /**
     * Checks every record of {@code reader} (which it does not close). Malformed rows are reported
     * by the reader to its own problem sink and skipped.
     */
    public void check(TableReader reader) {
      HeaderMapping mapping = fields.dictionary().map(reader.header());
      begin(reader.source().name(), mapping);
      while (reader.hasNext()) {
        record(reader.next());
      }
    }

    FirstPageChecker checker() {
      return FirstPageChecker.this;
    }

    /** What a caller may watch while {@link #check(Path, ReadOptions, Listener)} runs. */
    public interface Listener {
      /** The input is open (e.g. to show progress from {@link TableReader#progress()}). */
      default void opened(TableReader reader) {}

      /** One record was checked. */
      default void checked() {}
    }

    /**
     * Checks a whole file, reading and parsing it on a second thread while this thread checks, so
     * that both cores work. Problems of the reader (ragged rows …) reach {@code options.problems()}
     * in file order, from this thread, like the findings.
     *
     * @return the input as the report lists it (name, records read, encoding)
     * @throws InputException if the file cannot be read (as {@link TableReaders#open} says)
     */
    public InputSummary check(Path file, ReadOptions options, Listener listener) {
      return check(TableInput.file(file), options, listener);
    }

    /**
     * Checks a whole input, a file or a database table or query, as {@link #check(Path,
     * ReadOptions, Listener)}; rows of a database come with their key as the line.
     *
     * @return the input as the report lists it (name, records read, encoding)
     * @throws InputException if the input cannot be read
     */
    public InputSummary check(TableInput input, ReadOptions options, Listener listener) {
      return Pipeline.run(this, input, options, listener);
    }

    /** Starts an input whose header mapped to {@code mapping}; then call {@link #record} per row. */
    public void begin(String fileName, HeaderMapping mapping) {
      if (finished) {
        throw new IllegalStateException("run finished");
      }
      this.file = fileName;
      this.fileIndex = files.size();
      files.add(fileName);
      this.b = new Binding(FirstPageLayout.of(mapping));
      ctx.col = b.col;
      ctx.groupCols = b.groupCols;
      ctx.newFile();
      fileFindings();
    }

    // ------------------------------------------------------------------ per file

    /** Where every rule's fields are in the current file. */
    private final class Binding {
      final FirstPageLayout layout;
      final int width;
      final int[] col;
      final int[][][] groupCols;
      final FieldGroup.Slot[][] groupSlots;
      final boolean[] runnable;
      /** Per rule index: the (column, field code, field index) entries present, for field-level rules. */
      final Bound[] bound = new Bound[list.size()];

      Binding(FirstPageLayout layout) {
        this.layout = layout;
        this.width = layout.mapping().header().size();
        FirstPageFields std = FirstPageFields.standard();
        List<FieldDef> all = std.fields();
        col = new int[all.size()];
        for (int i = 0; i < col.length; i++) {
          col[i] = layout.column(all.get(i).code());
        }
        groupCols = FirstPageScope.groupColumns(layout);
        groupSlots = new FieldGroup.Slot[FirstPageScope.GROUPS.size()][];
        for (int g = 0; g < groupSlots.length; g++) {
          FirstPageScope.GroupName gn = FirstPageScope.GROUPS.get(g);
          groupSlots[g] = layout.slots(gn.group()).stream()
              .filter(s -> !(gn.skipMain() && s.number() == 0)).toArray(FieldGroup.Slot[]::new);
        }
        runnable = new boolean[list.size()];
        for (CompiledRules.Rule r : list) {
          runnable[r.index] = missingField(r, col) < 0;
          switch (r.kind()) {
            case "required" -> bound[r.index] = bind(specsOr(r, std, f -> f.requirement() == Requirement.REQUIRED));
            case "format", "format-standard" ->
                bound[r.index] = bind(specsOr(r, std, f -> f.type() != FieldType.STRING));
            case "domain", "domain-legacy" -> bound[r.index] = bind(specsOr(r, std, FieldDef::hasValueDomain));
            case "diagnosis-code", "procedure-code", "identifier" -> bound[r.index] = bind(r.fields);
            case "coding-edit" -> bound[r.index] = null;
            case "diagnosis-name", "procedure-name" -> {
              Bound bc = new Bound();
              Bound bn = new Bound();
              for (List<CompiledRules.FieldSpec> p : r.pairs) {
                bindPair(p.get(0), p.get(1), bc, bn);
              }
              bc.partner = bn;
              bound[r.index] = bc;
            }
            default -> {
              // expression and cross-record rules read columns through the context
            }
          }
        }
      }

      private List<CompiledRules.FieldSpec> specsOr(CompiledRules.Rule r, FirstPageFields std,
          java.util.function.Predicate<FieldDef> dflt) {
        if (!r.fields.isEmpty()) {
          return r.fields;
        }
        List<CompiledRules.FieldSpec> out = new ArrayList<>();
        List<FieldDef> all = std.fields();
        for (int i = 0; i < all.size(); i++) {
          if (dflt.test(all.get(i))) {
            out.add(new CompiledRules.FieldSpec(all.get(i).code(), i, null, -1, false));
          }
        }
        return out;
      }

      /** The columns of specs present in this file. */
      Bound bind(List<CompiledRules.FieldSpec> specs) {
        Bound out = new Bound();
        for (CompiledRules.FieldSpec s : specs) {
          if (s.single()) {
            out.add(col[s.field()], s.text(), s.field(), s);
          } else {
            for (FieldGroup.Slot slot : layout.slots(s.group())) {
              if (s.skipMain() && slot.number() == 0) {
                continue;
              }
              String code = slot.field(s.member());
              out.add(layout.column(code), code, fieldIndex(code), s);
            }
          }
        }
        return out;
      }

      /** Binds a code/name pair: one field each, or the same slots of one group. */
      void bindPair(CompiledRules.FieldSpec code, CompiledRules.FieldSpec name, Bound codes, Bound names) {
        if (code.single()) {
          codes.add(col[code.field()], code.text(), code.field(), code);
          names.add(col[name.field()], name.text(), name.field(), name);
          return;
        }
        for (FieldGroup.Slot slot : layout.slots(code.group())) {
          if (code.skipMain() && slot.number() == 0) {
            continue;
          }
          String c = slot.field(code.member());
          String n = slot.field(name.member());
          codes.add(layout.column(c), c, fieldIndex(c), code);
          names.add(layout.column(n), n, fieldIndex(n), name);
        }
      }

      private final int[][] singles = new int[FirstPageFields.standard().fields().size()][];
      // the singles are filled in on first use by the checking thread only

      /** A one-member "slot" holding field {@code fi}'s column, for {@code each} over field lists. */
      int[] single(int fi) {
        int[] s = singles[fi];
        if (s == null) {
          s = new int[] {col[fi]};
          singles[fi] = s;
        }
        return s;
      }
    }

    /**
     * The first field the rule concerns ({@code fields:}, single fields only) that the file lacks,
     * or -1. Such a rule cannot say anything useful and is skipped for the file (reported once).
     * Field-level kinds check whatever columns are present.
     */
    private int missingField(CompiledRules.Rule r, int[] col) {
      switch (r.kind()) {
        case "expr", "identifier", "duplicate", "overlap", "admission-order" -> {
          for (CompiledRules.FieldSpec s : r.fields) {
            if (s.single() && col[s.field()] < 0) {
              return s.field();
            }
          }
          return -1;
        }
        default -> {
          return -1;
        }
      }
    }

    /** Columns bound for a field-level rule in one file. */
    private static final class Bound {
      int size;
      int[] col = new int[8];
      String[] code = new String[8];
      int[] field = new int[8];
      CompiledRules.FieldSpec[] spec = new CompiledRules.FieldSpec[8];
      Bound partner;

      void add(int c, String fieldCode, int fieldIdx, CompiledRules.FieldSpec s) {
        if (size == col.length) {
          col = Arrays.copyOf(col, size * 2);
          code = Arrays.copyOf(code, size * 2);
          field = Arrays.copyOf(field, size * 2);
          spec = Arrays.copyOf(spec, size * 2);
        }
        col[size] = c;
        code[size] = fieldCode;
        field[size] = fieldIdx;
        spec[size] = s;
        size++;
      }
    }

    private int fieldIndex(String code) {
      return fields.field(code).map(f -> f.order() - 1).orElse(-1);
    }

    /** Findings about the file's columns: missing, duplicate, unknown, and rules that cannot run. */
    private void fileFindings() {
      FirstPageLayout layout = b.layout;
      HeaderMapping m = layout.mapping();
      for (CompiledRules.Rule r : list) {
        switch (r.kind()) {
          case "column-missing" -> {
            Bound req = requiredBound();
            if (req != null) {
              for (int i = 0; i < req.size; i++) {
                if (req.col[i] < 0) {
                  emitFile(r, req.code[i], Map.of());
                }
              }
            }
          }
          case "column-duplicate" -> {
            for (Map.Entry<String, List<Integer>> e : m.duplicates().entrySet()) {
              List<String> cols = e.getValue().stream().map(c -> String.valueOf(c + 1)).toList();
              emitFile(r, e.getKey(), Map.of("columns", String.join(", ", cols)));
            }
          }
          case "column-unknown" -> {
            if (!m.unknownColumns().isEmpty()) {
              List<String> names = new ArrayList<>();
              for (int c : m.unknownColumns()) {
                names.add((c + 1) + ":" + m.header().get(c));
                if (names.size() == 30) {
                  names.add("…(" + m.unknownColumns().size() + ")");
                  break;
                }
              }
              emitFile(r, null, Map.of("columns", String.join(", ", names)));
            }
          }
          case "rule-skipped" -> {
            Bound req = requiredBound();
            for (CompiledRules.Rule other : list) {
              int fi = b.runnable[other.index] ? -1 : missingField(other, b.col);
              if (fi >= 0) {
                String code = FirstPageFields.standard().fields().get(fi).code();
                boolean alreadyMissing = false;
                if (req != null) {
                  for (int i = 0; i < req.size; i++) {
                    alreadyMissing |= req.code[i].equals(code) && req.col[i] < 0;
                  }
                }
                if (!alreadyMissing) {
                  emitFile(r, code, Map.of("rule", other.def.id()));
                }
              }
            }
          }
          default -> {
            // record rules
          }
        }
      }
    }

    private Bound requiredBound() {
      for (CompiledRules.Rule r : list) {
        if (r.kind().equals("required")) {
          return b.bound[r.index];
        }
      }
      return null;
    }

    // ------------------------------------------------------------------ per record

    /** Checks one row of the current input. */
    public void record(Row r) {
      record(own().check(r));
    }

    private FieldChecks ownChecks;

    private FieldChecks own() {
      if (ownChecks == null || ownChecks.binding != b) {
        ownChecks = new FieldChecks(b);
      }
      return ownChecks;
    }

    /** Field-level checks for the current input, for a thread of its own (see {@link Pipeline}). */
    FieldChecks fieldChecks() {
      return new FieldChecks(b);
    }

    /** Checks a row whose statuses and field-level findings another thread computed. */
    void record(Prechecked p) {
      Row r = p.row;
      this.row = r;
      ctx.load(r, p.st);
      ctx.slot = null;
      seq++;
      recordDeduct = 0;
      recordErrors = 0;
      recordWarnings = 0;
      for (int i = 0; i < p.count; i++) {
        emit(array[p.rule[i]], p.field[i], p.value[i], p.extra.get(i));
      }
      if (p.requiredTotal >= 0) {
        requiredTotal += p.requiredTotal;
        requiredFilled += p.requiredTotal - p.requiredMissing;
        if (p.requiredMissing == 0) {
          completeRecords++;
        }
      }
      for (CompiledRules.Rule rule : array) {
        if (rule.kindId < 8 || !b.runnable[rule.index]) {
          continue;
        }
        switch (rule.kindId) {
          case 8 -> identifier(rule);
          case 9 -> expr(rule);
          case 10 -> duplicate(rule);
          case 11 -> overlap(rule);
          case 12 -> admissionOrder(rule);
          case 13 -> codingEdit(rule);
          default -> {
            // file-level kinds, and domain-legacy and the *-code-form kinds (used by other kinds)
          }
        }
      }
      endRecord();
    }

    /**
     * The rules that look at one field at a time (required, format, value domain) and the values'
     * statuses: stateless per record, so {@link Pipeline} runs them on the reading thread. One
     * instance per input and thread.
     */
    final class FieldChecks {
      final Binding binding;
      private final Map<String, String> allowedCache = new HashMap<>();
      private final CompiledRules.Rule legacy = ruleOfKind("domain-legacy");
      private final List<FieldDef> all = FirstPageFields.standard().fields();
      private final Lookups.Domain[][] domainsOf = new Lookups.Domain[list.size()][];

      FieldChecks(Binding binding) {
        this.binding = binding;
      }

      /** The row's statuses and field-level findings. */
      Prechecked check(Row r) {
        Prechecked p = new Prechecked(r, binding.width);
        for (CompiledRules.Rule rule : array) {
          if (rule.kindId >= 8) {
            continue;
          }
          switch (rule.kindId) {
            case 0 -> required(rule, p);
            case 1 -> format(rule, false, p);
            case 2 -> format(rule, true, p);
            case 3 -> domain(rule, p);
            case 4 -> code(rule, diagnoses, dxForm, p);
            case 5 -> code(rule, procedures, pxForm, p);
            case 6 -> name(rule, diagnoses, p);
            default -> name(rule, procedures, p);
          }
        }
        return p;
      }

      private void code(CompiledRules.Rule rule, Lookups.Codes table, CompiledRules.Rule form, Prechecked p) {
        if (table == null) {
          return;
        }
        Bound bd = binding.bound[rule.index];
        for (int i = 0; i < bd.size; i++) {
          String v = p.value(bd.col[i]);
          if (v == null) {
            continue;
          }
          CodeCheck c = table.check(v);
          if (c.status() == CheckStatus.VALID) {
            if (c.changeMask() != 0 && form != null && binding.runnable[form.index]) {
              p.add(form.index, bd.code[i], v, Map.of("code", c.code(), "table", table.title()));
            }
            continue;
          }
          String reason = switch (c.status()) {
            case NOT_LEAF -> messages.get("code.notLeaf", table.title());
            case AMBIGUOUS -> messages.get("code.ambiguous", String.join(", ", c.candidates()));
            case MALFORMED -> messages.get("code.malformed");
            default -> messages.get("code.unknown", table.title());
          };
          p.add(rule.index, bd.code[i], v, Map.of("table", table.title(), "reason", reason));
        }
      }

      private void name(CompiledRules.Rule rule, Lookups.Codes table, Prechecked p) {
        if (table == null) {
          return;
        }
        Bound codes = binding.bound[rule.index];
        Bound names = codes.partner;
        for (int i = 0; i < codes.size; i++) {
          String code = p.value(codes.col[i]);
          String name = p.value(names.col[i]);
          if (code == null || name == null) {
            continue;
          }
          CodeCheck c = table.check(code);
          String expected = c.status() == CheckStatus.VALID ? c.name() : null;
          if (expected != null && !sameName(name, expected)) {
            p.add(rule.index, names.code[i], name, Map.of("table", table.title(), "tableName", expected, "code", c.code()));
          }
        }
      }

      private void required(CompiledRules.Rule rule, Prechecked p) {
        Bound bd = binding.bound[rule.index];
        int missing = 0;
        for (int i = 0; i < bd.size; i++) {
          int c = bd.col[i];
          if (c < 0) {
            missing++;
            continue;
          }
          if (p.st[c] != Values.VALUE) {
            missing++;
            p.add(rule.index, bd.code[i], p.row.get(c), null);
          }
        }
        if (p.requiredTotal < 0) {
          p.requiredTotal = bd.size;
          p.requiredMissing = missing;
        }
      }

      private void format(CompiledRules.Rule rule, boolean standardOnly, Prechecked p) {
        Bound bd = binding.bound[rule.index];
        for (int i = 0; i < bd.size; i++) {
          String v = p.value(bd.col[i]);
          if (v == null) {
            continue;
          }
          FieldType t = all.get(bd.field[i]).type();
          int status = formatStatus(t, v);
          if ((status == 2 && !standardOnly) || (status == 1 && standardOnly)) {
            p.add(rule.index, bd.code[i], v, Map.of("type", typeName(t), "format", formatOf(t)));
          }
        }
      }

      private void domain(CompiledRules.Rule rule, Prechecked p) {
        if (domains == null) {
          return;
        }
        Bound bd = binding.bound[rule.index];
        Lookups.Domain[] doms = domainsOf[rule.index];
        if (doms == null) {
          doms = new Lookups.Domain[bd.size];
          for (int i = 0; i < bd.size; i++) {
            String d = all.get(bd.field[i]).valueDomain();
            doms[i] = d == null || bd.col[i] < 0 ? null : domains.get(d);
          }
          domainsOf[rule.index] = doms;
        }
        for (int i = 0; i < bd.size; i++) {
          Lookups.Domain dom = doms[i];
          if (dom == null) {
            continue;
          }
          String v = p.value(bd.col[i]);
          if (v == null) {
            continue;
          }
          boolean ok;
          if (v.indexOf(',') >= 0 && bd.code[i].equals("B21C")) {
            ok = true;
            for (String part : v.split(",", -1)) {
              ok &= dom.contains(part.strip());
            }
          } else {
            ok = dom.contains(v);
          }
          if (ok) {
            continue;
          }
          String d = all.get(bd.field[i]).valueDomain();
          String old = legacy == null ? null : legacy.legacy.get(d);
          if (old != null && domains.defined(old) && domains.contains(old, v)) {
            if (binding.runnable[legacy.index]) {
              p.add(legacy.index, bd.code[i], v, Map.of("domain", d, "legacyName", String.valueOf(domains.name(old, v))));
            }
            continue;
          }
          String padded = leadingZeroLost(dom, v);
          String allowed = padded == null ? allowed(d) : allowed(d) + messages.get("hint.leadingZero", padded);
          p.add(rule.index, bd.code[i], v, Map.of("domain", d, "allowed", allowed));
        }
      }

      /**
       * The domain code that {@code v} is with one to three leading zeros put back ({@code 301} for
       * {@code 0301}, as a spreadsheet shows a code stored as a number), or {@code null}. Only said as
       * a hint: the value is still reported, never changed.
       */
      private static String leadingZeroLost(Lookups.Domain dom, String v) {
        if (v.isEmpty() || v.length() > 8) {
          return null;
        }
        for (int i = 0; i < v.length(); i++) {
          if (v.charAt(i) < '0' || v.charAt(i) > '9') {
            return null;
          }
        }
        String padded = v;
        for (int k = 0; k < 3; k++) {
          padded = "0" + padded;
          if (dom.contains(padded)) {
            return padded;
          }
        }
        return null;
      }

      private String allowed(String d) {
        return allowedCache.computeIfAbsent(d, k -> {
          List<String> codes = domains.codes(k);
          List<String> shown = codes.size() <= 12 ? codes : codes.subList(0, 12);
          StringBuilder sb = new StringBuilder();
          for (String c : shown) {
            if (sb.length() > 0) {
              sb.append(", ");
            }
            String n = domains.name(k, c);
            sb.append(c);
            if (n != null && codes.size() <= 12) {
              sb.append(' ').append(n);
            }
          }
          if (codes.size() > shown.size()) {
            sb.append(" …");
          }
          return sb.toString();
        });
      }
    }

    /** 0 standard, 1 readable but not standard, 2 unreadable. */
    private static int formatStatus(FieldType t, String v) {
      switch (t) {
        case INTEGER -> {
          if (Values.isStandardInteger(v)) {
            return 0;
          }
          double d = Values.parseNumber(v);
          return Double.isNaN(d) || d != Math.rint(d) ? 2 : 1;
        }
        case DECIMAL -> {
          if (Values.isStandardDecimal(v)) {
            return 0;
          }
          return Double.isNaN(Values.parseNumber(v)) ? 2 : 1;
        }
        case DATE -> {
          if (Values.isStandardDate(v)) {
            return 0;
          }
          return Values.parseDateTime(v) == Values.NONE ? 2 : 1;
        }
        case DATETIME -> {
          if (Values.isStandardDateTime(v)) {
            return 0;
          }
          return Values.parseDateTime(v) == Values.NONE ? 2 : 1;
        }
        default -> {
          return 0;
        }
      }
    }

    private String typeName(FieldType t) {
      return messages.get("type." + t.label());
    }

    private String formatOf(FieldType t) {
      return switch (t) {
        case DATE -> "yyyy-MM-dd";
        case DATETIME -> "yyyy-MM-dd HH:mm:ss";
        case INTEGER -> messages.get("format.integer");
        case DECIMAL -> messages.get("format.decimal");
        default -> "";
      };
    }

    private CompiledRules.Rule ruleOfKind(String kind) {
      CompiledRules.Rule found = null;
      for (CompiledRules.Rule r : list) {
        if (r.kind().equals(kind)) {
          found = r;
        }
      }
      return found;
    }

    /** The coding service's edits (age, sex of procedures, principal-diagnosis, neoplasm) once per record. */
    private List<EditHit> editHits;
    private long editSeq = -1;
    private final List<String> editOtherFields = new ArrayList<>();
    private final List<String> editProcFields = new ArrayList<>();

    private void codingEdit(CompiledRules.Rule rule) {
      if (edits == null) {
        return;
      }
      if (editSeq != ctx.seq) {
        editSeq = ctx.seq;
        editHits = editsMayHit() ? runEdits() : List.of();
      }
      for (EditHit h : editHits) {
        if (rule.edits.contains(h.ruleId())) {
          String field = switch (h.role()) {
            case "principal" -> "C03C";
            case "other" -> h.position() < editOtherFields.size() ? editOtherFields.get(h.position()) : "C06x01C";
            case "procedure" -> h.position() < editProcFields.size() ? editProcFields.get(h.position()) : "C14x01C";
            case "morphology" -> "C09C";
            default -> "C12C";
          };
          emit(rule, field, h.code(), Map.of("reason", edits.message(h, lang), "code", h.code()));
        }
      }
    }

    private IcdRanges editDx;
    private IcdRanges editPx;
    private boolean editAlways;

    /**
     * Whether the coding edits can fire on this record at all: a code in the range of one of their
     * rules, an asterisk code, a code that is not exactly valid (it may normalise into a range), a
     * principal repeated among the others. Most records have none, and skip the edits; the test is
     * conservative, so it never skips a record the edits would fire on.
     */
    private boolean editsMayHit() {
      if (editDx == null) {
        List<String[]> dx = new ArrayList<>();
        List<String[]> px = new ArrayList<>();
        for (CodeEdits.Rule r : edits.rules()) {
          (r.kind().startsWith("PROCEDURE") ? px : dx).add(new String[] {r.from(), r.to()});
        }
        editDx = IcdRanges.loose(dx);
        editPx = IcdRanges.loose(px);
        for (CompiledRules.Rule r : list) {
          editAlways |= r.edits.contains("EDIT-PDX-UNSPECIFIED");
        }
      }
      if (editAlways) {
        return true;
      }
      String pdx = ctx.field(FIELD_C03C);
      if (pdx != null && dxMayHit(pdx)) {
        return true;
      }
      int g = FirstPageScope.groupIndex("otherdx");
      for (int[] slot : b.groupCols[g]) {
        String c = ctx.value(slot[0]);
        if (c != null && (dxMayHit(c) || c.equals(pdx))) {
          return true;
        }
      }
      int p = FirstPageScope.groupIndex("op");
      for (int[] slot : b.groupCols[p]) {
        String c = ctx.value(slot[0]);
        if (c != null) {
          CodeCheck k = procedures.check(c);
          if (k.status() != CheckStatus.VALID || k.changeMask() != 0 || editPx.contains(k.code())) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean dxMayHit(String code) {
      if (code.indexOf('*') >= 0 || code.indexOf('+') >= 0) {
        return true;
      }
      CodeCheck k = diagnoses.check(code);
      return k.status() != CheckStatus.VALID || k.changeMask() != 0 || editDx.contains(k.code());
    }

    private List<EditHit> runEdits() {
      editOtherFields.clear();
      editProcFields.clear();
      List<String> others = new ArrayList<>();
      int g = FirstPageScope.groupIndex("otherdx");
      for (int i = 0; i < b.groupCols[g].length; i++) {
        String c = ctx.value(b.groupCols[g][i][0]);
        if (c != null) {
          others.add(c);
          editOtherFields.add(b.groupSlots[g][i].field(0));
        }
      }
      List<String> procs = new ArrayList<>();
      int p = FirstPageScope.groupIndex("op");
      for (int i = 0; i < b.groupCols[p].length; i++) {
        String c = ctx.value(b.groupCols[p][i][0]);
        if (c != null) {
          procs.add(c);
          editProcFields.add(b.groupSlots[p][i].field(0));
        }
      }
      String ext = ctx.field(FIELD_C12C);
      String morph = ctx.field(FIELD_C09C);
      double age = ctx.number(FIELD_A14);
      double days = ctx.number(FIELD_A16);
      CodedRecord r = new CodedRecord(ctx.field(FIELD_A12C),
          Double.isNaN(age) || age != Math.rint(age) ? null : (int) age,
          Double.isNaN(days) || days != Math.rint(days) ? null : (int) days,
          ctx.field(FIELD_C03C), others, ext == null ? List.of() : List.of(ext),
          morph == null ? List.of() : List.of(morph), procs);
      return edits.check(r);
    }

    private void identifier(CompiledRules.Rule rule) {
      if (rule.when != null && rule.when.test(ctx) != Logic.TRUE) {
        return;
      }
      String v = ctx.value(b.col[rule.findingField]);
      if (v == null) {
        return;
      }
      IdentifierCheck check = identifiers.residentId(v);
      if (!check.valid()) {
        emit(rule, FirstPageFields.standard().fields().get(rule.findingField).code(), v,
            Map.of("reason", check.message(lang)));
      }
    }

    private void expr(CompiledRules.Rule rule) {
      boolean perSlotWhen = true;
      if (rule.whenRecordLevel) {
        if (rule.when.test(ctx) != Logic.TRUE) {
          return;
        }
        perSlotWhen = false;
      }
      if (rule.eachGroup >= 0) {
        int[][] cols = b.groupCols[rule.eachGroup];
        FieldGroup.Slot[] slots = b.groupSlots[rule.eachGroup];
        for (int i = 0; i < cols.length; i++) {
          if (!ctx.slotFilled(rule.eachGroup, i)) {
            continue;
          }
          ctx.slot = cols[i];
          if (fails(rule, perSlotWhen)) {
            String fieldCode = slots[i].field(rule.eachMember);
            emit(rule, fieldCode, ctx.value(cols[i][rule.eachMember]), null);
          }
          ctx.slot = null;
        }
      } else if (rule.eachList != null) {
        for (int fi : rule.eachList) {
          int c = b.col[fi];
          if (!ctx.has(c)) {
            continue;
          }
          ctx.slot = b.single(fi);
          if (fails(rule, perSlotWhen)) {
            emit(rule, FirstPageFields.standard().fields().get(fi).code(), ctx.value(c), null);
          }
          ctx.slot = null;
        }
      } else if (fails(rule, true)) {
        emit(rule, FirstPageFields.standard().fields().get(rule.findingField).code(),
            ctx.value(b.col[rule.findingField]), null);
      }
    }

    private boolean fails(CompiledRules.Rule rule, boolean testWhen) {
      if (testWhen && rule.when != null && rule.when.test(ctx) != Logic.TRUE) {
        return false;
      }
      return rule.check.test(ctx) == Logic.FALSE;
    }

    // ------------------------------------------------------------------ across records

    /** State of one cross-record rule. */
    private static final class Cross {
      final KeyTable keys;
      long[] firstRef = new long[1024];
      int[] head = new int[1024];
      long[] a = new long[1024];
      long[] c = new long[1024];
      long[] ref = new long[1024];
      int[] next = new int[1024];
      int stays;
      final StringBuilder sb = new StringBuilder(64);

      int addStay(int person, long va, long vc, long r) {
        if (stays == a.length) {
          int n = grown(stays);
          a = Arrays.copyOf(a, n);
          c = Arrays.copyOf(c, n);
          ref = Arrays.copyOf(ref, n);
          next = Arrays.copyOf(next, n);
        }
        if (person >= head.length) {
          int old = head.length;
          head = Arrays.copyOf(head, Math.max(grown(old), person + 1));
          Arrays.fill(head, old, head.length, -1);
        }
        int s = stays++;
        a[s] = va;
        c[s] = vc;
        ref[s] = r;
        next[s] = head[person];
        head[person] = s;
        return s;
      }

      /** Arrays grow by half, not double: at 10M stays that leaves ≈ 1.3M unused entries, not ≈ 6.7M. */
      static int grown(int n) {
        return n + (n >> 1);
      }

      Cross(KeyTable keys) {
        this.keys = keys;
        Arrays.fill(head, -1);
      }
    }

    private long ref() {
      return ((long) fileIndex << 40) | row.record();
    }

    private String refText(long ref) {
      int f = (int) (ref >>> 40);
      long rec = ref & ((1L << 40) - 1);
      return f == fileIndex ? String.valueOf(rec) : files.get(f) + ":" + rec;
    }

    private CharSequence key(Cross x, int[] parts) {
      StringBuilder sb = x.sb;
      sb.setLength(0);
      for (int i = 0; i < parts.length; i++) {
        String v = ctx.field(parts[i]);
        if (i > 0) {
          sb.append('\u0001');
        }
        if (v != null) {
          sb.append(v);
        }
      }
      return sb;
    }

    private void duplicate(CompiledRules.Rule rule) {
      for (CompiledRules.FieldSpec s : rule.fields) {
        if (s.single() && ctx.field(s.field()) == null) {
          return;
        }
      }
      Cross x = cross[rule.index];
      int id = x.keys.id(key(x, rule.key));
      if (id >= x.firstRef.length) {
        x.firstRef = Arrays.copyOf(x.firstRef, Cross.grown(x.firstRef.length));
      }
      if (x.keys.added()) {
        x.firstRef[id] = ref();
      } else {
        emit(rule, code(rule.findingField), null, Map.of("other", refText(x.firstRef[id])));
      }
    }

    private void overlap(CompiledRules.Rule rule) {
      String person = ctx.field(rule.person[0]);
      if (person == null) {
        return;
      }
      if (rule.person.length == 1) {
        ctx.resident(person);
        if (!ctx.idValid) {
          return;
        }
      }
      long from = ctx.time(rule.from);
      long to = ctx.time(rule.to);
      if (from == Values.NONE || to == Values.NONE || to < from) {
        return;
      }
      Cross x = cross[rule.index];
      int p = x.keys.id(key(x, rule.person));
      long hit = -1;
      if (!x.keys.added()) {
        for (int s = x.head[p]; s >= 0; s = x.next[s]) {
          if (from < x.c[s] && x.a[s] < to) {
            hit = s;
            break;
          }
        }
      }
      if (hit >= 0) {
        int s = (int) hit;
        emit(rule, code(rule.findingField), null, Map.of("other", refText(x.ref[s]),
            "otherFrom", Expression.formatTime(x.a[s]), "otherTo", Expression.formatTime(x.c[s])));
      }
      x.addStay(p, from, to, ref());
    }

    private void admissionOrder(CompiledRules.Rule rule) {
      if (ctx.field(rule.person[rule.person.length - 1]) == null) {
        return;
      }
      double count = ctx.number(rule.count);
      long time = ctx.time(rule.time);
      if (Double.isNaN(count) || time == Values.NONE) {
        return;
      }
      Cross x = cross[rule.index];
      int p = x.keys.id(key(x, rule.person));
      long n = (long) count;
      if (!x.keys.added()) {
        for (int s = x.head[p]; s >= 0; s = x.next[s]) {
          boolean wrong = (time > x.a[s] && n <= x.c[s]) || (time < x.a[s] && n >= x.c[s]);
          if (wrong) {
            emit(rule, code(rule.findingField), null,
                Map.of("other", refText(x.ref[s]), "otherCount", String.valueOf(x.c[s])));
            break;
          }
        }
      }
      x.addStay(p, time, n, ref());
    }

    private String code(int fieldIndex) {
      return FirstPageFields.standard().fields().get(fieldIndex).code();
    }

    // ------------------------------------------------------------------ findings and scores

    private void emitFile(CompiledRules.Rule rule, String field, Map<String, String> extra) {
      String msg = rule.message(lang).format(name -> placeholder(rule, field, null, extra, name, false));
      Finding f = new Finding(rule.def.id(), rule.def.severity(), file, 0, 0, field, null, msg);
      ruleFindings[rule.index]++;
      countField(field, rule.def.severity());
      sink.accept(f);
    }

    private void emit(CompiledRules.Rule rule, String field, String value, Map<String, String> extra) {
      String msg = rule.message(lang).format(name -> placeholder(rule, field, value, extra, name, true));
      Severity s = rule.def.severity();
      sink.accept(new Finding(rule.def.id(), s, file, row.record(), row.line(), field, value, msg));
      ruleFindings[rule.index]++;
      if (firedAt[rule.index] != seq) {
        firedAt[rule.index] = seq;
        ruleRecords[rule.index]++;
        recordDeduct += deduct[rule.index];
      }
      if (s == Severity.ERROR) {
        recordErrors++;
      } else if (s == Severity.WARNING) {
        recordWarnings++;
      }
      countField(field, s);
    }

    private void countField(String field, Severity s) {
      if (field == null) {
        return;
      }
      long[] c = fieldCounts.computeIfAbsent(field, k -> new long[2]);
      c[0]++;
      if (s == Severity.ERROR) {
        c[1]++;
      }
    }

    private String placeholder(CompiledRules.Rule rule, String field, String value,
        Map<String, String> extra, String name, boolean inRecord) {
      if (extra != null && extra.containsKey(name)) {
        return extra.get(name);
      }
      switch (name) {
        case "field" -> {
          return field;
        }
        case "fieldName" -> {
          return field == null ? null : fields.field(field).map(FieldDef::name).orElse(field);
        }
        case "value" -> {
          return value;
        }
        case "rule" -> {
          return rule.def.id();
        }
        case "expected" -> {
          return rule.expected == null || !inRecord ? null : rule.expected.format(ctx);
        }
        default -> {
          // a member of the bound slot, or a field of the record
        }
      }
      if (!inRecord) {
        return null;
      }
      if (ctx.slot != null && rule.eachGroup >= 0) {
        int m = FirstPageScope.GROUPS.get(rule.eachGroup).group().member(name);
        if (m >= 0) {
          return ctx.member(m);
        }
      }
      if (name.equals("value") && ctx.slot != null) {
        return ctx.value(ctx.slot[0]);
      }
      int fi = fieldIndex(name);
      return fi < 0 ? null : ctx.value(b.col[fi]);
    }

    private void endRecord() {
      double score = Math.max(0, scoring.start() - recordDeduct);
      CheckResult.ScoreList.encode(scoreBytes, fileIndex, row.record(), row.line(), (float) score);
      scores.append(scoreBytes, 0, scoreBytes.length);
      scored++;
      scoreSum += score;
      int g = scoring.gradeIndex(score);
      gradeCounts[g]++;
      if (recordErrors > 0) {
        recordsWithErrors++;
      }
      if (recordDeduct > 0) {
        lowest.add(new Low(seq, file, row.record(), row.line(), score));
        if (lowest.size() > 20) {
          lowest.poll();
        }
      }
      String deptCode = ctx.value(b.col[DEPT]);
      Dept d = depts.get(deptCode == null ? "" : deptCode);
      if (d == null) {
        if (depts.size() >= MAX_DEPTS) {
          d = depts.computeIfAbsent(OTHER_DEPT, k -> new Dept(gradeCounts.length));
        } else {
          d = new Dept(gradeCounts.length);
          depts.put(deptCode == null ? "" : deptCode, d);
        }
      }
      d.records++;
      d.errors += recordErrors;
      d.warnings += recordWarnings;
      d.scoreSum += score;
      d.grades[g]++;
      if (recordErrors > 0) {
        d.recordsWithErrors++;
      }
    }

    private static final int DEPT = FirstPageFields.standard().field("B16C").orElseThrow().order() - 1;
    private static final int FIELD_C12C = FirstPageFields.standard().field("C12C").orElseThrow().order() - 1;
    private static final int FIELD_C09C = FirstPageFields.standard().field("C09C").orElseThrow().order() - 1;
    private static final int FIELD_A14 = FirstPageFields.standard().field("A14").orElseThrow().order() - 1;
    private static final int FIELD_A16 = FirstPageFields.standard().field("A16").orElseThrow().order() - 1;
    private static final int FIELD_A12C = FirstPageFields.standard().field("A12C").orElseThrow().order() - 1;
    private static final int FIELD_C03C = FirstPageFields.standard().field("C03C").orElseThrow().order() - 1;
    private static final int MAX_DEPTS = 2000;
    private static final String OTHER_DEPT = "\uFFFF";

    private record Low(long seq, String file, long record, long line, double score) {}

    private static final class Dept {
      long records;
      long recordsWithErrors;
      long errors;
      long warnings;
      double scoreSum;
      final long[] grades;

      Dept(int n) {
        grades = new long[n];
      }
    }

    /** Whether part of the run's keys or scores went to a temporary file (for tests). */
    boolean spilled() {
      if (scores.spilled()) {
        return true;
      }
      for (Cross x : cross) {
        if (x != null && x.keys.spilled()) {
          return true;
        }
      }
      return false;
    }

    /** Ends the run: the summaries, scores and indicators. No more inputs may be checked. */
    public CheckResult finish() {
      finished = true;
      for (Cross x : cross) {
        if (x != null) {
          x.keys.close();
        }
      }
      List<Scoring.Grade> gs = scoring.grades();
      List<CheckResult.GradeCount> grades = new ArrayList<>();
      for (int i = 0; i < gs.size(); i++) {
        grades.add(new CheckResult.GradeCount(gs.get(i).grade(), gs.get(i).en(), gs.get(i).min(), gradeCounts[i]));
      }
      List<CheckResult.RuleSummary> rs = new ArrayList<>();
      for (CompiledRules.Rule r : list) {
        if (ruleFindings[r.index] > 0) {
          rs.add(new CheckResult.RuleSummary(r.def.id(), r.def.severity(), r.def.category(),
              ruleFindings[r.index], ruleRecords[r.index], r.def.source()));
        }
      }
      rs.sort(Comparator.comparingLong(CheckResult.RuleSummary::findings).reversed());
      List<CheckResult.FieldSummary> fs = new ArrayList<>();
      for (Map.Entry<String, long[]> e : fieldCounts.entrySet()) {
        fs.add(new CheckResult.FieldSummary(e.getKey(),
            fields.field(e.getKey()).map(FieldDef::name).orElse(e.getKey()), e.getValue()[0], e.getValue()[1]));
      }
      fs.sort(Comparator.comparingLong(CheckResult.FieldSummary::findings).reversed()
          .thenComparing(CheckResult.FieldSummary::field));
      List<CheckResult.DepartmentSummary> ds = new ArrayList<>();
      for (Map.Entry<String, Dept> e : new TreeMap<>(depts).entrySet()) {
        Dept d = e.getValue();
        Map<String, Long> g = new LinkedHashMap<>();
        for (int i = 0; i < gs.size(); i++) {
          g.put(gs.get(i).grade(), d.grades[i]);
        }
        String code = e.getKey().equals(OTHER_DEPT) ? messages.get("dept.other") : e.getKey();
        String name = domains == null || code.isEmpty() ? null : domains.name("RC023", code);
        ds.add(new CheckResult.DepartmentSummary(code, name, d.records, d.recordsWithErrors,
            d.errors, d.warnings, d.scoreSum / d.records, g));
      }
      List<Low> lows = new ArrayList<>(lowest);
      lows.sort(Comparator.comparingDouble(Low::score).thenComparingLong(Low::seq));
      List<CheckResult.RecordScore> low = lows.stream().map(l -> new CheckResult.RecordScore(l.file(),
          l.record(), l.line(), l.score(), scoring.grade(l.score()).grade())).toList();
      String coding = diagnoses == null ? "-" : diagnoses.id() + (procedures == null ? "" : ", " + procedures.id());
      return new CheckResult(rules.id() + " " + rules.version(), coding, scored, recordsWithErrors,
          scored == 0 ? Double.NaN : scoreSum / scored, grades, rs, fs, ds, indicators(),
          low, new CheckResult.ScoreList(files, scores, scored, scoring));
    }

    private List<CheckResult.Indicator> indicators() {
      List<CheckResult.Indicator> out = new ArrayList<>();
      boolean req = requiredBound() != null;
      out.add(new CheckResult.Indicator("completeness-records", messages.get("ind.records"),
          "Rate of first pages with all required items filled",
          req && scored > 0 ? 100.0 * completeRecords / scored : null,
          req ? completeRecords : null, req ? (long) scored : null, messages.get("ind.records.note")));
      out.add(new CheckResult.Indicator("completeness-items", messages.get("ind.items"),
          "Rate of required items filled",
          req && requiredTotal > 0 ? 100.0 * requiredFilled / requiredTotal : null,
          req ? requiredFilled : null, req ? requiredTotal : null, messages.get("ind.items.note")));
      for (String id : List.of("principal-dx-choice", "main-op-choice", "other-dx-complete",
          "principal-dx-coding", "other-dx-coding", "op-coding", "excellent", "cost-accuracy", "upload")) {
        out.add(new CheckResult.Indicator(id, messages.get("ind." + id), messages.get("ind." + id + ".en"),
            null, null, null, messages.get("ind.reviewer")));
      }
      return out;
    }
  }

  /** Names compare equal when they differ only in width, case and spaces (全角/半角 punctuation). */
  static boolean sameName(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return org.shutong.io.ColumnDictionary.key(a).equals(org.shutong.io.ColumnDictionary.key(b));
  }
}
