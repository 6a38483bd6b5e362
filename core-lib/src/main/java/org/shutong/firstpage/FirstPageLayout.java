package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.io.HeaderMapping;
import org.shutong.io.Row;

/**
 * Where the first-page fields are in one input: built once per file from the
 * {@link HeaderMapping} of its header, then used to view each {@link Row} as a
 * {@link FirstPageRecord}. Knows which slots of each repeated group ({@link FieldGroup}) the input
 * has: an extract with ten other-diagnosis columns has slots 1…10, not 40. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * FirstPageFields fields = FirstPageFields.standard();
 * try (TableReader r = TableReaders.open(path, ReadOptions.defaults())) {
 *   FirstPageLayout layout = FirstPageLayout.of(fields.dictionary().map(r.header()));
 *   while (r.hasNext()) {
 *     FirstPageRecord rec = layout.view(r.next());
 *     rec.principalDiagnosis().ifPresent(d -> ...);
 *   }
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FirstPageLayout {
  private final HeaderMapping mapping;
  private final Map<FieldGroup, List<FieldGroup.Slot>> slots = new EnumMap<>(FieldGroup.class);
  private final Map<FieldGroup, int[][]> columns = new EnumMap<>(FieldGroup.class);

  private FirstPageLayout(HeaderMapping mapping) {
    this.mapping = mapping;
    for (FieldGroup g : FieldGroup.values()) {
      List<FieldGroup.Slot> present = new ArrayList<>();
      List<int[]> cols = new ArrayList<>();
      for (FieldGroup.Slot s : g.slots()) {
        int[] c = new int[s.fields().size()];
        boolean any = false;
        for (int i = 0; i < c.length; i++) {
          c[i] = mapping.column(s.field(i));
          any |= c[i] >= 0;
        }
        if (any) {
          present.add(s);
          cols.add(c);
        }
      }
      slots.put(g, Collections.unmodifiableList(present));
      columns.put(g, cols.toArray(new int[0][]));
    }
  }

  /** The layout of an input whose header mapped to {@code mapping}. */
  public static FirstPageLayout of(HeaderMapping mapping) {
    return new FirstPageLayout(Objects.requireNonNull(mapping, "mapping"));
  }

  /** The header mapping this layout was built from. */
  public HeaderMapping mapping() {
    return mapping;
  }

  /** The column (0-based) of a field code, or -1 if the input lacks it. */
  public int column(String code) {
    return mapping.column(code);
  }

  /** Whether the input has a column for the field. */
  public boolean has(String code) {
    return mapping.has(code);
  }

  /** The slots of a group that have at least one column in this input, in slot order. */
  public List<FieldGroup.Slot> slots(FieldGroup group) {
    return slots.get(group);
  }

  /** Columns of the present slots of a group: {@code [slotIndex][member]}, -1 where absent. */
  int[][] columns(FieldGroup group) {
    return columns.get(group);
  }

  /** A view of one row of this input. Cheap: no parsing happens until a value is asked for. */
  public FirstPageRecord view(Row row) {
    return new FirstPageRecord(this, row);
  }
}
