package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shutong.expr.ExprType;
import org.shutong.expr.Scope;
import org.shutong.identifier.ResidentId;

/**
 * The names first-page rule expressions may use: every field code (typed by the dictionary), the
 * repeated groups and their members, and the first-page functions ({@code icd}, {@code femaleOnly},
 * {@code maleOnly}, {@code domain}, {@code idValid}, {@code idBirth}, {@code idSex},
 * {@code procedureKind}). Built once.
 */
final class FirstPageScope {
  /** A repeated group as rules name it. */
  record GroupName(String name, FieldGroup group, boolean skipMain) {}

  static final List<GroupName> GROUPS = List.of(
      new GroupName("dx", FieldGroup.DIAGNOSIS, false),
      new GroupName("otherdx", FieldGroup.DIAGNOSIS, true),
      new GroupName("op", FieldGroup.PROCEDURE, false),
      new GroupName("otherop", FieldGroup.PROCEDURE, true),
      new GroupName("icu", FieldGroup.ICU, false),
      new GroupName("weight", FieldGroup.NEWBORN_WEIGHT, false),
      new GroupName("pathology", FieldGroup.PATHOLOGY, false));

  final FirstPageFields fields;
  final Scope<RecordCtx> root;
  final Map<String, Scope<RecordCtx>> members = new LinkedHashMap<>();
  final Map<String, Integer> fieldIndex = new LinkedHashMap<>();

  /** The scope of a rule set: all fields, groups and functions, and the set's options as constants. */
  FirstPageScope(FirstPageFields fields, Map<String, Object> options) {
    this.fields = fields;
    Scope.Builder<RecordCtx> b = Scope.builder();
    for (Map.Entry<String, Object> e : options.entrySet()) {
      b.constant(e.getKey(), e.getValue());
    }
    List<FieldDef> all = fields.fields();
    for (int i = 0; i < all.size(); i++) {
      FieldDef f = all.get(i);
      fieldIndex.put(f.code(), i);
      b.indexed(f.code(), exprType(f.type()), i);
    }
    functions(b);
    Scope<RecordCtx> base = b.build();
    Scope.Builder<RecordCtx> withGroups = base.child();
    for (int g = 0; g < GROUPS.size(); g++) {
      GroupName gn = GROUPS.get(g);
      Scope.Builder<RecordCtx> mb = base.child();
      List<String> names = gn.group().members();
      FieldGroup.Slot model = gn.group().slots().get(gn.group().slots().size() - 1);
      for (int m = 0; m < names.size(); m++) {
        FieldType t = fields.field(model.field(m)).map(FieldDef::type).orElse(FieldType.STRING);
        mb.indexed(names.get(m), exprType(t), -1 - m);
      }
      Scope<RecordCtx> ms = mb.build();
      members.put(gn.name(), ms);
      int gi = g;
      withGroups.group(gn.name(), new Scope.GroupAccess<>() {
        @Override
        public int size(RecordCtx c) {
          return c.groupCols[gi].length;
        }

        @Override
        public boolean filled(RecordCtx c, int i) {
          return c.slotFilled(gi, i);
        }

        @Override
        public void bind(RecordCtx c, int i) {
          c.savedSlot = c.slot;
          c.slot = c.groupCols[gi][i];
        }

        @Override
        public void unbind(RecordCtx c) {
          c.slot = c.savedSlot;
        }
      }, ms);
    }
    this.root = withGroups.build();
  }

  private static void functions(Scope.Builder<RecordCtx> b) {
    b.textFunction("icd", ExprType.BOOL, lits -> {
      if (lits.isEmpty()) {
        throw new IllegalArgumentException("needs at least one range");
      }
      IcdRanges r = IcdRanges.parse(lits);
      return (c, s) -> r.contains(s);
    });
    b.textFunction("femaleOnly", ExprType.BOOL, lits -> {
      noLiterals(lits);
      return (c, s) -> SexSpecificCodes.bundled().femaleOnly.contains(s);
    });
    b.textFunction("maleOnly", ExprType.BOOL, lits -> {
      noLiterals(lits);
      return (c, s) -> SexSpecificCodes.bundled().maleOnly.contains(s);
    });
    b.textFunction("domain", ExprType.BOOL, lits -> {
      if (lits.size() != 1) {
        throw new IllegalArgumentException("needs one domain id, e.g. 'RC019'");
      }
      String d = lits.get(0);
      return (c, s) -> (c.domains == null || !c.domains.defined(d)) ? null : c.domains.contains(d, s);
    });
    b.textFunction("idValid", ExprType.BOOL, lits -> {
      noLiterals(lits);
      return (c, s) -> {
        c.resident(s);
        return c.idValid;
      };
    });
    b.textFunction("idBirth", ExprType.TIME, lits -> {
      noLiterals(lits);
      return (c, s) -> {
        c.resident(s);
        Optional<ResidentId> id = c.idParsed;
        if (id.isEmpty()) {
          return null;
        }
        var d = id.get().birthDate();
        return Values.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) * 86400L;
      };
    });
    b.textFunction("idSex", ExprType.TEXT, lits -> {
      noLiterals(lits);
      return (c, s) -> {
        c.resident(s);
        return c.idParsed.map(id -> String.valueOf(id.sexCode())).orElse(null);
      };
    });
    b.textFunction("procedureKind", ExprType.TEXT, lits -> {
      noLiterals(lits);
      return (c, s) -> c.procedureKinds == null ? null : c.procedureKinds.kind(s);
    });
  }

  private static void noLiterals(List<String> lits) {
    if (!lits.isEmpty()) {
      throw new IllegalArgumentException("takes only the code");
    }
  }

  /** A scope for an {@code each} over a list of fields: member {@code value} of their type. */
  Scope<RecordCtx> listScope(Scope<RecordCtx> parent, FieldType type) {
    return parent.child().indexed("value", exprType(type), -1).build();
  }

  static ExprType exprType(FieldType t) {
    return switch (t) {
      case INTEGER, DECIMAL -> ExprType.NUMBER;
      case DATE, DATETIME -> ExprType.TIME;
      default -> ExprType.TEXT;
    };
  }

  /** Index of a group name in {@link #GROUPS}, or -1. */
  static int groupIndex(String name) {
    for (int i = 0; i < GROUPS.size(); i++) {
      if (GROUPS.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Per group, the member columns of the slots present in a file. */
  static int[][][] groupColumns(FirstPageLayout layout) {
    int[][][] out = new int[GROUPS.size()][][];
    for (int g = 0; g < GROUPS.size(); g++) {
      GroupName gn = GROUPS.get(g);
      int[][] cols = layout.columns(gn.group());
      List<FieldGroup.Slot> slots = layout.slots(gn.group());
      List<int[]> keep = new ArrayList<>();
      for (int i = 0; i < cols.length; i++) {
        if (!(gn.skipMain() && slots.get(i).number() == 0)) {
          keep.add(cols[i]);
        }
      }
      out[g] = keep.toArray(new int[0][]);
    }
    return out;
  }
}
