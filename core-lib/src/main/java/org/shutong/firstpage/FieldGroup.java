package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The repeated groups of the 绩效考核 first-page record: each is a list of slots with the same
 * members (fields). Slot number 0 is the principal diagnosis ({@code C03C…}) or the main operation
 * ({@code C14x01C…}); slot numbers 1…40 are the other diagnoses ({@code C06xNNC/C07xNNN/C08xNNC/F06xNN})
 * and other operations ({@code C35xNNC…C44xNN/F14xNN/F16xNN}) with {@code NN} = the slot number;
 * newborn weights ({@code A18xNN}) and ICU stays ({@code C48xNNC/C49xNN/C50xNN}) have slots 1…5.
 * Sources: the field list and export column list of the interface (see the bundled PROVENANCE.md).
 */
@API(status = API.Status.STABLE, since = "0.1")
@SuppressWarnings("ImmutableEnumChecker") // members and slots are unmodifiable lists of records/strings
public enum FieldGroup {
  /** Principal diagnosis (slot 0) and other diagnoses 1…40. */
  DIAGNOSIS(
      List.of("code", "name", "condition", "outcome"),
      new String[] {"C03C", "C04N", "C05C", "F05"},
      new String[] {"C06x%sC", "C07x%sN", "C08x%sC", "F06x%s"},
      40),
  /** Main operation (slot 0, the {@code x01} fields C14–C23, F13, F15) and other operations 1…40. */
  PROCEDURE(
      List.of("code", "name", "performed", "level", "surgeon", "assistant1", "assistant2", "incision",
          "anaesthesia", "anaesthetist", "duration", "asa"),
      new String[] {"C14x01C", "C15x01N", "C16x01", "C17x01", "C18x01", "C19x01", "C20x01",
          "C21x01C", "C22x01C", "C23x01", "F13", "F15"},
      new String[] {"C35x%sC", "C36x%sN", "C37x%s", "C38x%s", "C39x%s", "C40x%s", "C41x%s",
          "C42x%sC", "C43x%sC", "C44x%s", "F14x%s", "F16x%s"},
      40),
  /** Newborn birth weights 1…5 ({@code A18x01} first child, then twins and more). */
  NEWBORN_WEIGHT(List.of("weight"), null, new String[] {"A18x%s"}, 5),
  /** ICU stays 1…5: unit, entered, left. */
  ICU(List.of("unit", "entered", "left"), null, new String[] {"C48x%sC", "C49x%s", "C50x%s"}, 5),
  /** Pathology diagnosis (slot 0, C09C/C10N/C11) and further pathology diagnoses 1…2 (F07–F09). */
  PATHOLOGY(
      List.of("code", "name", "number"),
      new String[] {"C09C", "C10N", "C11"},
      new String[] {"F07x%sC", "F08x%sN", "F09x%s"},
      2);

  /**
   * One slot of a group.
   *
   * @param number 0 for the principal/main slot, else the {@code NN} of its field codes
   * @param fields the field code of each member, in {@link FieldGroup#members()} order
   */
  public record Slot(int number, List<String> fields) {
    /** Copies the list. */
    public Slot {
      fields = List.copyOf(fields);
    }

    /** The field code of member {@code i}. */
    public String field(int i) {
      return fields.get(i);
    }
  }

  private final List<String> members;
  private final List<Slot> slots;

  FieldGroup(List<String> members, String[] first, String[] pattern, int repeats) {
    this.members = members;
    List<Slot> s = new ArrayList<>();
    if (first != null) {
      s.add(new Slot(0, List.of(first)));
    }
    for (int n = 1; n <= repeats; n++) {
      String nn = String.format(Locale.ROOT, "%02d", n);
      List<String> f = new ArrayList<>();
      for (String p : pattern) {
        f.add(String.format(Locale.ROOT, p, nn));
      }
      s.add(new Slot(n, f));
    }
    this.slots = Collections.unmodifiableList(s);
  }

  /** Member names, e.g. {@code code, name, condition, outcome}; also the names rule expressions use. */
  public List<String> members() {
    return members;
  }

  /** Index of a member name, or -1. */
  public int member(String name) {
    return members.indexOf(name);
  }

  /** All slots the standard defines, principal/main first. */
  public List<Slot> slots() {
    return slots;
  }

  /** The lower-case label, e.g. {@code diagnosis}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
