package org.shutong.firstpage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.report.Severity;

/**
 * One first-page rule as a rule file defines it. Immutable.
 *
 * <p>{@code kind} is {@code expr} (the default: {@code when}/{@code check} expressions) or one of the
 * built-in kinds: {@code column-missing}, {@code rule-skipped}, {@code column-duplicate},
 * {@code column-unknown}, {@code required}, {@code format}, {@code format-standard},
 * {@code domain}, {@code domain-legacy}, {@code diagnosis-code}, {@code diagnosis-name},
 * {@code procedure-code}, {@code procedure-name}, {@code identifier}, {@code duplicate},
 * {@code overlap}, {@code admission-order}. See {@code docs/firstpage.md} for each kind's keys.
 *
 * @param id stable ASCII id, e.g. {@code FP-LOS}
 * @param kind how the rule is checked
 * @param severity how serious a finding is
 * @param category a group for summaries and the generator (e.g. {@code dates}, {@code cost})
 * @param fields the fields it concerns; the first is named in findings unless {@code field} says
 *     otherwise; {@code xNN} stands for every slot of a repeated group ({@code C06xNNC})
 * @param each {@code null}, a group name ({@code dx}, {@code op}, {@code icu}, {@code weight} …), or a
 *     list of field codes: the rule is checked once per filled slot / field
 * @param field which member or field a finding of an {@code each} rule names
 * @param when the condition under which the rule applies, or {@code null}
 * @param check the condition that must hold, or {@code null} for built-in kinds
 * @param expected an expression whose value the messages show as {@code {expected}}, or {@code null}
 * @param title what the rule requires, by language code ({@code zh}, {@code en}), for reports
 * @param message message templates by language code ({@code zh}, {@code en})
 * @param source the standard and clause, or the public QC practice, the rule comes from
 * @param deduct points deducted from a record's score when the rule fires, or {@code null} for the
 *     rule set's default for the severity
 * @param enabled whether the rule runs
 * @param params the built-in kinds' other keys ({@code key}, {@code person}, {@code pairs} …)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleDef(
    String id,
    String kind,
    Severity severity,
    String category,
    List<String> fields,
    List<String> each,
    String field,
    String when,
    String check,
    String expected,
    Map<String, String> title,
    Map<String, String> message,
    String source,
    Double deduct,
    boolean enabled,
    Map<String, Object> params) {

  /** Checks and copies the components. */
  public RuleDef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    fields = fields == null ? List.of() : List.copyOf(fields);
    each = each == null ? null : List.copyOf(each);
    title = title == null ? Map.of() : Map.copyOf(title);
    message = Map.copyOf(message);
    params = params == null ? Map.of() : Map.copyOf(params);
    category = category == null ? "" : category;
    source = source == null ? "" : source;
  }

  /** The message template in {@code lang}, else the Chinese one. */
  public String message(Lang lang) {
    String m = message.get(lang == Lang.EN ? "en" : "zh");
    return m != null ? m : message.getOrDefault("zh", id);
  }

  /** The title in {@code lang}, else the Chinese one, else the id. */
  public String title(Lang lang) {
    String t = title.get(lang == Lang.EN ? "en" : "zh");
    return t != null ? t : title.getOrDefault("zh", id);
  }

  /** A copy with another severity. */
  public RuleDef withSeverity(Severity s) {
    return new RuleDef(id, kind, s, category, fields, each, field, when, check, expected, title, message,
        source, deduct, enabled, params);
  }

  /** A copy enabled or disabled. */
  public RuleDef withEnabled(boolean e) {
    return new RuleDef(id, kind, severity, category, fields, each, field, when, check, expected,
        title, message, source, deduct, e, params);
  }
}
