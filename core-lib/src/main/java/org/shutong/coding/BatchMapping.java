package org.shutong.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.report.Finding;
import org.shutong.report.FindingSink;
import org.shutong.report.Severity;

/**
 * Maps the codes of a file with a {@link CrosswalkService} and reports what could not be mapped
 * cleanly: {@code MAP-UNMAPPED}, {@code MAP-CONFLICT} (the published sources differ), {@code MAP-NO-TARGET}
 * (warnings), {@code MAP-ONE-TO-MANY} (info), {@code MAP-INVALID-SOURCE} (error).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class BatchMapping {
  /**
   * One mapped code.
   *
   * @param record the line or data row
   * @param line the physical line
   * @param result the mapping
   */
  public record Mapped(long record, long line, CrosswalkService.MapResult result) {}

  /**
   * The result of a run.
   *
   * @param counts how many codes got each status
   * @param empty empty values skipped
   * @param records lines or rows read
   * @param encoding the encoding used
   * @param mappings the mappings, at most the limit given
   */
  public record Result(Map<CrosswalkService.Status, Long> counts, long empty, long records, String encoding, List<Mapped> mappings) {
    /** Copies. */
    public Result {
      counts = Map.copyOf(counts);
      mappings = List.copyOf(mappings);
    }
  }

  private BatchMapping() {}

  /**
   * Maps the codes of a file (plain list, or {@code column} of a table).
   *
   * @throws InputException if the file cannot be read or lacks the column
   */
  public static Result run(CrosswalkService x, Path file, String column, ReadOptions options, FindingSink sink, int keep) {
    Messages m = Messages.of("org.shutong.coding.messages", options.lang());
    Map<CrosswalkService.Status, Long> counts = new EnumMap<>(CrosswalkService.Status.class);
    List<Mapped> kept = new ArrayList<>();
    long[] empty = {0};
    String name = options.name() != null ? options.name() : file.toString();
    CodeFile.Read read = CodeFile.read(file, column, options, (value, record, line, field) -> {
      if (value.isBlank()) {
        empty[0]++;
        return;
      }
      CrosswalkService.MapResult r = x.map(value);
      counts.merge(r.status(), 1L, Long::sum);
      if (kept.size() < keep) {
        kept.add(new Mapped(record, line, r));
      }
      String targets = String.join(", ", r.targets());
      switch (r.status()) {
        case UNMAPPED -> sink.accept(new Finding("MAP-UNMAPPED", Severity.WARNING, name, record, line, field, value,
            m.get(r.sameCodeInTarget() ? "map.unmappedSame" : "map.unmapped", r.check().code(), x.to().id())));
        case CONFLICT -> sink.accept(new Finding("MAP-CONFLICT", Severity.WARNING, name, record, line, field, value,
            m.get("map.conflict", targets, sourcesOf(r))));
        case NO_TARGET -> sink.accept(new Finding("MAP-NO-TARGET", Severity.WARNING, name, record, line, field, value,
            m.get("map.noTarget")));
        case ONE_TO_MANY -> sink.accept(new Finding("MAP-ONE-TO-MANY", Severity.INFO, name, record, line, field, value,
            m.get("map.oneToMany", targets)));
        case INVALID -> sink.accept(new Finding("MAP-INVALID-SOURCE", Severity.ERROR, name, record, line, field, value,
            m.get("map.invalid", x.from().id(), r.check().status().name())));
        case MAPPED, SAME_CODE -> {
          // nothing to report
        }
      }
    });
    return new Result(counts, empty[0], read.records(), read.encoding(), kept);
  }

  private static String sourcesOf(CrosswalkService.MapResult r) {
    StringBuilder sb = new StringBuilder();
    for (CrosswalkService.SourceMapping s : r.sources()) {
      sb.append(sb.length() > 0 ? "; " : "").append(s.crosswalk()).append(": ")
          .append(!s.listed() ? "—" : s.targets().isEmpty() ? "∅" : String.join(", ", s.targets()));
    }
    return sb.toString();
  }
}
