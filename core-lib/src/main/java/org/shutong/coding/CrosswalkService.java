package org.shutong.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.codesets.Crosswalk;

/**
 * Maps codes from one code table to another by the published crosswalks only (国家临床版 ↔ 医保版, both
 * staged sources), in either direction; where no crosswalk is published between the two tables, it
 * reports only whether the identical code exists in the target. Where the sources differ, it says so and
 * chooses neither. Never invents a mapping.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CrosswalkService {
  /** The outcome for one code. */
  public enum Status {
    /** The published sources that list the code agree on one target. */
    MAPPED,
    /** The code maps to several targets (reverse direction of a many-to-one crosswalk); none is chosen. */
    ONE_TO_MANY,
    /** The sources list different targets; none is chosen. */
    CONFLICT,
    /** A source lists the code with no target. */
    NO_TARGET,
    /** No crosswalk is published between the tables, and the identical code exists in the target. */
    SAME_CODE,
    /** No source lists the code (and, without a crosswalk, the target has no identical code). */
    UNMAPPED,
    /** The code is not a valid code of the source table (see {@link MapResult#check()}). */
    INVALID
  }

  /**
   * What one crosswalk source says about a code.
   *
   * @param crosswalk the crosswalk's id
   * @param listed whether this source lists the code at all
   * @param targets the targets it gives (empty if listed without target)
   */
  public record SourceMapping(String crosswalk, boolean listed, List<String> targets) {
    /** Copies the targets. */
    public SourceMapping {
      targets = List.copyOf(targets);
    }
  }

  /**
   * The mapping of one code.
   *
   * @param input the code as given
   * @param check its validation in the source table
   * @param status the outcome
   * @param targets the target codes (one for {@link Status#MAPPED}, several for
   *     {@link Status#ONE_TO_MANY} and {@link Status#CONFLICT}, the code itself for
   *     {@link Status#SAME_CODE})
   * @param sources what each published source says (empty when none is published)
   * @param sameCodeInTarget whether the identical code exists in the target table
   */
  public record MapResult(
      String input, CodeCheck check, Status status, List<String> targets, List<SourceMapping> sources, boolean sameCodeInTarget) {
    /** Copies the lists. */
    public MapResult {
      targets = List.copyOf(targets);
      sources = List.copyOf(sources);
    }
  }

  private final CodingSystem from;
  private final CodingSystem to;
  private final List<Crosswalk> forward;
  private final List<Crosswalk> reverse;

  CrosswalkService(Coding coding, String fromId, String toId) {
    this.from = coding.system(fromId);
    this.to = coding.system(toId);
    this.forward = coding.codesets().crosswalks(fromId, toId);
    this.reverse = coding.codesets().crosswalks(toId, fromId);
  }

  /** The source system. */
  public CodingSystem from() {
    return from;
  }

  /** The target system. */
  public CodingSystem to() {
    return to;
  }

  /** The ids of the crosswalks used (forward ones, or reversed ones), empty if none is published. */
  public List<String> crosswalkIds() {
    List<String> out = new ArrayList<>();
    for (Crosswalk c : forward.isEmpty() ? reverse : forward) {
      out.add(c.id());
    }
    return out;
  }

  /** Maps one code (normalised in the source table first). */
  public MapResult map(String input) {
    CodeCheck check = from.validate(input);
    if (check.code() == null) {
      return new MapResult(input, check, Status.INVALID, List.of(), List.of(), false);
    }
    String code = check.code();
    boolean same = to.table().contains(code);
    if (forward.isEmpty() && reverse.isEmpty()) {
      return new MapResult(input, check, same ? Status.SAME_CODE : Status.UNMAPPED, same ? List.of(code) : List.of(), List.of(), same);
    }
    boolean isForward = !forward.isEmpty();
    List<SourceMapping> sources = new ArrayList<>();
    Set<String> union = new LinkedHashSet<>();
    Set<List<String>> distinct = new LinkedHashSet<>();
    boolean anyListed = false;
    boolean anyEmpty = false;
    for (Crosswalk x : isForward ? forward : reverse) {
      List<Crosswalk.Mapping> rows = isForward ? x.from(code) : x.to(code);
      List<String> targets = new ArrayList<>();
      for (Crosswalk.Mapping m : rows) {
        String t = isForward ? m.to() : m.from();
        if (!t.isEmpty() && !targets.contains(t)) {
          targets.add(t);
        }
      }
      boolean listed = !rows.isEmpty();
      sources.add(new SourceMapping(x.id(), listed, targets));
      if (listed) {
        anyListed = true;
        union.addAll(targets);
        distinct.add(targets.stream().sorted().toList());
        anyEmpty |= targets.isEmpty();
      }
    }
    Status status;
    if (!anyListed) {
      status = Status.UNMAPPED;
    } else if (distinct.size() > 1) {
      status = Status.CONFLICT;
    } else if (union.isEmpty() || anyEmpty) {
      status = Status.NO_TARGET;
    } else if (union.size() > 1) {
      status = Status.ONE_TO_MANY;
    } else {
      status = Status.MAPPED;
    }
    return new MapResult(input, check, status, new ArrayList<>(union), sources, same);
  }
}
