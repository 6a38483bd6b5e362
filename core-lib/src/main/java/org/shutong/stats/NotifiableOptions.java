package org.shutong.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.shutong.codesets.Codesets;
import org.shutong.codesets.RegionLevel;
import org.shutong.codesets.Regions;
import org.shutong.io.ReadOptions;

/**
 * How to tabulate notifiable-disease case cards. Immutable; start from {@link #of(ReportMonths)}.
 *
 * @param months the months to tabulate (the last is the report month)
 * @param region a 6-digit GB/T 2260 code at any level to restrict the cards to (by 现住地址国标), or
 *     {@code null} for all
 * @param byRegion the level of the region breakdown of the report month, or {@code null} for none
 * @param byWeek whether to break the report month down by ISO-8601 week (GB/T 7408) of 终审日期
 * @param columns {@code field → header} for inputs not headed as the national export (field: the
 *     export header such as 终审时间, or card_id, disease, case_class, onset, diagnosis, final_review,
 *     death, region, deleted); an unknown field throws {@link IllegalArgumentException}
 * @param exclude disease ids left out of the table and its totals (national tables from 2023 leave
 *     out COVID-19)
 * @param catalogue the disease catalogue
 * @param names the name mapping
 * @param regions the GB/T 2260 region table (from {@code codesets}; a user's newer table may replace it)
 * @param read how to read the inputs; its problem sink receives the findings
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NotifiableOptions(
    ReportMonths months,
    String region,
    RegionLevel byRegion,
    boolean byWeek,
    Map<String, String> columns,
    Set<String> exclude,
    NotifiableCatalogue catalogue,
    DiseaseNames names,
    Regions regions,
    ReadOptions read) {

  /** Checks and copies. */
  public NotifiableOptions {
    Objects.requireNonNull(months, "months");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(regions, "regions");
    Objects.requireNonNull(read, "read");
    columns = Map.copyOf(new LinkedHashMap<>(columns));
    CaseCardColumns.dictionary(columns); // rejects unknown fields and headers naming two fields
    exclude = Set.copyOf(exclude);
    if (region != null && (region.length() != 6 || !region.chars().allMatch(Character::isDigit))) {
      throw new IllegalArgumentException("region must be a 6-digit GB/T 2260 code: '" + region + "'");
    }
  }

  /** The bundled catalogue, names and region table, default reading, no breakdown. */
  public static NotifiableOptions of(ReportMonths months) {
    NotifiableCatalogue c = NotifiableCatalogue.bundled();
    return new NotifiableOptions(months, null, null, false, Map.of(), Set.of(), c, DiseaseNames.bundled(c),
        Codesets.bundled().regions(), ReadOptions.defaults());
  }

  /**
   * Parses a breakdown level: {@code province|city|county} or 省/市/县.
   *
   * @throws IllegalArgumentException naming the value
   */
  public static RegionLevel parseLevel(String s) {
    return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "province", "省", "省级" -> RegionLevel.PROVINCE;
      case "city", "市", "地级", "地市" -> RegionLevel.CITY;
      case "county", "县", "县级", "区县" -> RegionLevel.COUNTY;
      default -> throw new IllegalArgumentException("not a region level (province|city|county): '" + s + "'");
    };
  }

  /** With a region restriction. */
  public NotifiableOptions withRegion(String r) {
    return new NotifiableOptions(months, r, byRegion, byWeek, columns, exclude, catalogue, names, regions, read);
  }

  /** With a region breakdown. */
  public NotifiableOptions withByRegion(RegionLevel l) {
    return new NotifiableOptions(months, region, l, byWeek, columns, exclude, catalogue, names, regions, read);
  }

  /** With or without a weekly breakdown. */
  public NotifiableOptions withByWeek(boolean w) {
    return new NotifiableOptions(months, region, byRegion, w, columns, exclude, catalogue, names, regions, read);
  }

  /** With column overrides. */
  public NotifiableOptions withColumns(Map<String, String> c) {
    return new NotifiableOptions(months, region, byRegion, byWeek, c, exclude, catalogue, names, regions, read);
  }

  /** With excluded disease ids. */
  public NotifiableOptions withExclude(Set<String> e) {
    return new NotifiableOptions(months, region, byRegion, byWeek, columns, e, catalogue, names, regions, read);
  }

  /** With a catalogue (and its bundled names unless {@link #withNames} follows). */
  public NotifiableOptions withCatalogue(NotifiableCatalogue c) {
    return new NotifiableOptions(months, region, byRegion, byWeek, columns, exclude, c, names, regions, read);
  }

  /** With a name mapping. */
  public NotifiableOptions withNames(DiseaseNames n) {
    return new NotifiableOptions(months, region, byRegion, byWeek, columns, exclude, catalogue, n, regions, read);
  }

  /** With a region table. */
  public NotifiableOptions withRegions(Regions h) {
    return new NotifiableOptions(months, region, byRegion, byWeek, columns, exclude, catalogue, names, h, read);
  }

  /** With read options (their problem sink receives every finding). */
  public NotifiableOptions withRead(ReadOptions r) {
    return new NotifiableOptions(months, region, byRegion, byWeek, columns, exclude, catalogue, names, regions, r);
  }
}
