package org.shutong.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One assessment model as a versioned data file: the 互联互通标准化成熟度测评 (hospital 2020,
 * regional 2020) or the 电子病历系统应用水平分级评价 (2018). It lists its sources (each with a status:
 * official text, a public reproduction of it, Shutong's interpretation, or unconfirmed
 * configuration), its levels, its domains (first- and second-level indicators, or the EMR roles),
 * its items with how each is answered and scored, and which of Shutong's JSON reports prove which
 * items. Every number carries the id of its source. Load with {@link AssessmentModels}.
 *
 * @param id the model's id, {@code family-version} (e.g. {@code interop-hospital-2020})
 * @param family the scheme (e.g. {@code interop-hospital}, {@code emr})
 * @param version the scheme's version (e.g. {@code 2020}); several versions load side by side
 * @param kind how the model is scored
 * @param title the scheme's Chinese title
 * @param titleEn its English title
 * @param sources the sources the numbers come from
 * @param notes remarks shown with every assessment (e.g. what is not modelled)
 * @param levelRule id of the source of the level rule (interop models), or {@code null}
 * @param levels the levels, lowest first
 * @param domains the domains; interop domains may have a parent (second-level indicators)
 * @param items the items in the order of the scheme
 * @param rules the EMR thresholds, or {@code null} for interop models
 * @param machineEvidence how Shutong's JSON reports map to items
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AssessmentModel(
    String id,
    String family,
    String version,
    Kind kind,
    String title,
    String titleEn,
    List<Source> sources,
    List<String> notes,
    String levelRule,
    List<Level> levels,
    List<Domain> domains,
    List<Item> items,
    EmrRules rules,
    List<EvidenceRule> machineEvidence) {

  /** Copies the lists. */
  public AssessmentModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
    levels = List.copyOf(levels);
    domains = List.copyOf(domains);
    items = List.copyOf(items);
    machineEvidence = List.copyOf(machineEvidence);
  }

  /** How a model is scored. */
  public enum Kind {
    /** Points per item, levels by the items each level requires (互联互通测评). */
    INTEROP,
    /** Function × application × data quality per item, levels by basic/optional items and total (电子病历分级评价). */
    EMR
  }

  /** How much a source can be trusted. */
  public enum SourceStatus {
    /** The official text itself. */
    OFFICIAL,
    /** A public reproduction of the official text, not checked against the original. */
    REPRODUCED,
    /** Shutong's reading of a rule the text leaves open. */
    INTERPRETATION,
    /** Configuration no public source confirms; never presented as official. */
    UNCONFIRMED
  }

  /** How an item is answered in the evidence workbook. */
  public enum AnswerType {
    /** 无此数据 / 有且完全符合国家标准 / 有，部分符合国家标准 (/ 无此业务). */
    CONFORMITY,
    /** 是 / 否. */
    YESNO,
    /** One of the item's options. */
    CHOICE,
    /** A whole number (how many systems, functions ...). */
    COUNT,
    /** EMR: function level 0–8, effective application 0–100 %, data quality index 0–1. */
    EMR
  }

  /**
   * Where numbers come from.
   *
   * @param id id referenced by levels, domains and items
   * @param status how much it can be trusted
   * @param citation the document, and where it was found
   * @param note what was checked, what is missing, or {@code null}
   */
  public record Source(String id, SourceStatus status, String citation, String note) {}

  /**
   * One level of the scheme.
   *
   * @param id stable ASCII id (e.g. {@code 4A}, {@code 5})
   * @param name its Chinese name (e.g. {@code 四级甲等}, {@code 5级})
   * @param en its English name
   * @param rank order, lowest first (EMR: 0–8)
   * @param title what the level means, or {@code null}
   * @param basicItems EMR: basic items at this level, or {@code null}
   * @param optionalRequired EMR: optional items that must reach this level, or {@code null}
   * @param optionalTotal EMR: optional items at this level, or {@code null}
   * @param minScore the lowest total score for this level, or {@code null} when none applies
   * @param source id of the source
   */
  public record Level(String id, String name, String en, int rank, String title, Integer basicItems,
      Integer optionalRequired, Integer optionalTotal, Double minScore, String source) {}

  /**
   * A domain: a first- or second-level indicator, or an EMR role.
   *
   * @param id its number (e.g. {@code 2.1}) or role code ({@code 01})
   * @param parent the first-level domain of a second-level one, or {@code null}
   * @param name Chinese name
   * @param en English name
   * @param points points the scheme prints for it, or {@code null}
   * @param source id of the source
   */
  public record Domain(String id, String parent, String name, String en, Double points, String source) {}

  /**
   * A step of an interop item: from this level on, the item gives these points.
   *
   * @param level level id
   * @param min COUNT items: the least count for this step, else {@code null}
   * @param points points at this step, or {@code null} (items scored per unit, or unscored)
   */
  public record Tier(String level, Double min, Double points) {}

  /**
   * An option of a CHOICE item.
   *
   * @param label the answer as written in the scheme
   * @param level the level it reaches, or {@code null}
   * @param points the points it gives
   */
  public record Option(String label, String level, double points) {}

  /**
   * What an EMR item is scored on (附表1).
   *
   * @param seq 1–39
   * @param applicationByFunction effective application is "实现要求的功能" (counted as 1)
   * @param applicationBasis how effective application is measured
   * @param dataQualityNone the item has no data quality evaluation (counted as 1)
   * @param dataQualityBasis how data quality is measured
   * @param absentLevels levels the standard defines no function for
   * @param basicAt levels at which the item is a basic item; {@code null} when not known
   * @param scopeSource id of the source of the two flags
   */
  public record EmrScope(int seq, boolean applicationByFunction, String applicationBasis, boolean dataQualityNone,
      String dataQualityBasis, List<Integer> absentLevels, List<Integer> basicAt, String scopeSource) {
    /** Copies the lists. */
    public EmrScope {
      absentLevels = List.copyOf(absentLevels);
      basicAt = basicAt == null ? null : List.copyOf(basicAt);
    }
  }

  /**
   * One item.
   *
   * @param id its number (e.g. {@code 3.2.1.1}, {@code 01.01})
   * @param domain the domain it counts in
   * @param group the heading it is listed under (评审内容), or {@code null}
   * @param title what is assessed
   * @param answer how it is answered
   * @param requirement what the scheme requires, in its words
   * @param tiers the steps of points and levels (CONFORMITY, YESNO: one; COUNT: one per threshold)
   * @param options the options of a CHOICE item
   * @param notApplicableAllowed whether 无此业务 counts as met (选测 items)
   * @param pointsPerUnit COUNT items scored per unit, else {@code null}
   * @param maxPoints the cap of a per-unit item, else {@code null}
   * @param evidenceKeys keys that machine evidence matches on (e.g. {@code docType: [C0001]})
   * @param note a remark on this item (e.g. an inconsistency in the source), or {@code null}
   * @param source id of the source of the item and its points
   * @param levelSource id of the source of its level, when different, else {@code null}
   * @param emr the EMR scope, or {@code null}
   */
  public record Item(String id, String domain, String group, String title, AnswerType answer, String requirement,
      List<Tier> tiers, List<Option> options, boolean notApplicableAllowed, Double pointsPerUnit, Double maxPoints,
      Map<String, List<String>> evidenceKeys, String note, String source, String levelSource, EmrScope emr) {
    /** Copies the collections. */
    public Item {
      tiers = List.copyOf(tiers);
      options = List.copyOf(options);
      evidenceKeys = Map.copyOf(evidenceKeys);
    }

    /**
     * The most points the item can give, or {@code null} when it is not scored (no points, or only
     * zero points and no level: an item recorded for information, such as a response time).
     */
    public Double maxPointsOrNull() {
      if (maxPoints != null) {
        return maxPoints;
      }
      Double best = null;
      boolean levels = !tiers.isEmpty();
      for (Tier t : tiers) {
        if (t.points() != null) {
          best = best == null ? t.points() : Math.max(best, t.points());
        }
      }
      for (Option o : options) {
        best = best == null ? o.points() : Math.max(best, o.points());
        levels |= o.level() != null;
      }
      return best != null && best == 0 && !levels ? null : best;
    }
  }

  /**
   * The EMR thresholds (正文“四、评价方法”).
   *
   * @param basicApplication least effective application of a basic item (0.8)
   * @param basicDataQuality least data quality index of a basic item (0.5)
   * @param optionalApplication least effective application of an optional item (0.5)
   * @param optionalDataQuality least data quality index of an optional item (0.5)
   * @param source id of the source
   */
  public record EmrRules(double basicApplication, double basicDataQuality, double optionalApplication,
      double optionalDataQuality, String source) {}

  /**
   * How one kind of Shutong JSON report proves items.
   *
   * @param command the report's {@code command} (e.g. {@code interop validate})
   * @param path dot path to the object or array to read (e.g. {@code conformance.dataset})
   * @param match the key whose value names the item (e.g. {@code docType})
   * @param itemKey the item's evidence key it is compared with
   * @param full for a single object: the field and minimum for 完全符合
   * @param partial for a single object: the field and minimum for 部分符合
   * @param passAll for an array: the values every entry of an item must have for 完全符合
   * @param select for a value: key/value pairs choosing the array entry
   * @param field for a value: the field holding it
   * @param scale for a value: factor to the model's scale (e.g. 0.01 for a percentage)
   * @param target for a value: what it is (e.g. {@code dataQuality})
   * @param items for a value: the items it applies to
   * @param note how the rule reads the report, in Chinese
   */
  public record EvidenceRule(String command, String path, String match, String itemKey, Threshold full,
      Threshold partial, Map<String, Object> passAll, Map<String, String> select, String field, double scale,
      String target, List<String> items, String note) {
    /** Copies the collections. */
    public EvidenceRule {
      passAll = passAll == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(passAll));
      select = select == null ? Map.of() : Map.copyOf(select);
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /**
   * A minimum on a numeric field.
   *
   * @param field the field
   * @param min the least value
   */
  public record Threshold(String field, double min) {}

  /** The item with this id. */
  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** The level with this id. */
  public Optional<Level> level(String levelId) {
    return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
  }

  /** The source with this id. */
  public Optional<Source> source(String sourceId) {
    return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
  }

  /** The first-level domains (those without a parent), in order. */
  public List<Domain> topDomains() {
    List<Domain> out = new ArrayList<>();
    for (Domain d : domains) {
      if (d.parent() == null) {
        out.add(d);
      }
    }
    return out;
  }

  /** The first-level domain an item counts in. */
  Domain topDomainOf(Item item) {
    Map<String, Domain> byId = new HashMap<>();
    for (Domain d : domains) {
      byId.put(d.id(), d);
    }
    Domain d = byId.get(item.domain());
    while (d != null && d.parent() != null) {
      d = byId.get(d.parent());
    }
    return d;
  }

  /** Whether any number of the model rests on an unconfirmed source. */
  public boolean hasUnconfirmed() {
    return sources.stream().anyMatch(s -> s.status() == SourceStatus.UNCONFIRMED);
  }
}
