package org.shutong.io;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * How each JDBC column type becomes the text a first-page file would hold: text as stored (blank
 * padding of {@code CHAR(n)} removed), integers and decimals in plain notation ({@code 1.50}, never
 * {@code 1.5E+0}), dates {@code yyyy-MM-dd}, timestamps {@code yyyy-MM-dd HH:mm:ss} (fractions of a
 * second dropped; zoned ones converted to the database's zone first), times {@code HH:mm:ss},
 * booleans {@code true}/{@code false}, SQL {@code NULL} the empty string. Binary, array, structured
 * and other types have no such text: {@link #of} returns {@code null} for them and the reader
 * refuses the column.
 */
final class JdbcValues {
  private JdbcValues() {}

  /** Reads column {@code i} (1-based) of the current row as text; never returns {@code null}. */
  @FunctionalInterface
  interface Column {
    String read(ResultSet rs, int i) throws SQLException;
  }

  /** Type names of {@link Types#OTHER} columns whose text form is the value (PostgreSQL, H2). */
  private static final Set<String> TEXTUAL_OTHER = Set.of("uuid", "json", "jsonb", "citext", "xml");

  /** The converter for column {@code i}, or {@code null} if the type has no text form here. */
  static Column of(ResultSetMetaData md, int i, ZoneId zone) throws SQLException {
    int type = md.getColumnType(i);
    String typeName = md.getColumnTypeName(i) == null ? "" : md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
    if (typeName.equals("timestamptz") || typeName.contains("timestamp with time zone")) {
      return zonedTimestamp(zone);
    }
    if (typeName.equals("timetz") || typeName.contains("time with time zone")) {
      return (rs, c) -> {
        OffsetTime t = rs.getObject(c, OffsetTime.class);
        return t == null ? "" : time(t.toLocalTime());
      };
    }
    if (typeName.equals("uuid")) {
      return JdbcValues::string;
    }
    switch (type) {
      case Types.CHAR:
      case Types.NCHAR:
        return (rs, c) -> stripTrailingBlanks(rs.getString(c));
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
      case Types.NVARCHAR:
      case Types.LONGNVARCHAR:
      case Types.CLOB:
      case Types.NCLOB:
      case Types.SQLXML:
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        return JdbcValues::string;
      case Types.NUMERIC:
      case Types.DECIMAL:
        return JdbcValues::decimal;
      case Types.REAL:
        return (rs, c) -> {
          float f = rs.getFloat(c);
          return rs.wasNull() ? "" : floating(Float.toString(f), Float.isFinite(f));
        };
      case Types.FLOAT:
      case Types.DOUBLE:
        return (rs, c) -> {
          double d = rs.getDouble(c);
          return rs.wasNull() ? "" : floating(Double.toString(d), Double.isFinite(d));
        };
      case Types.BOOLEAN:
      case Types.BIT:
        return (rs, c) -> {
          Object o = rs.getObject(c);
          return o == null ? "" : o.toString();
        };
      case Types.DATE:
        return (rs, c) -> date(rs.getObject(c, LocalDate.class));
      case Types.TIMESTAMP:
        return (rs, c) -> timestamp(rs.getObject(c, LocalDateTime.class));
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return zonedTimestamp(zone);
      case Types.TIME:
        return (rs, c) -> {
          LocalTime t = rs.getObject(c, LocalTime.class);
          return t == null ? "" : time(t);
        };
      case Types.OTHER:
        return TEXTUAL_OTHER.contains(typeName) ? JdbcValues::string : null;
      default:
        return null;
    }
  }

  /** Whether column {@code i} holds whole numbers, so that it can serve as a row's line. */
  static boolean isInteger(ResultSetMetaData md, int i) throws SQLException {
    return switch (md.getColumnType(i)) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> true;
      case Types.NUMERIC, Types.DECIMAL -> md.getScale(i) == 0 && md.getPrecision(i) > 0 && md.getPrecision(i) <= 18;
      default -> false;
    };
  }

  private static Column zonedTimestamp(ZoneId zone) {
    return (rs, c) -> {
      OffsetDateTime t = rs.getObject(c, OffsetDateTime.class);
      if (t == null) {
        return "";
      }
      if (t.equals(OffsetDateTime.MAX) || t.equals(OffsetDateTime.MIN)) {
        return t.equals(OffsetDateTime.MAX) ? "infinity" : "-infinity";
      }
      return timestamp(t.atZoneSameInstant(zone).toLocalDateTime());
    };
  }

  private static String string(ResultSet rs, int c) throws SQLException {
    String s = rs.getString(c);
    return s == null ? "" : s;
  }

  private static String decimal(ResultSet rs, int c) throws SQLException {
    BigDecimal d;
    try {
      d = rs.getBigDecimal(c);
    } catch (SQLException notANumber) {
      return string(rs, c); // PostgreSQL's numeric 'NaN' has no BigDecimal
    }
    return d == null ? "" : d.toPlainString();
  }

  /** A float in plain notation, trailing {@code .0} removed: {@code 36.5}, {@code 3}, {@code 1000000}. */
  static String floating(String javaText, boolean finite) {
    if (!finite) {
      return javaText;
    }
    BigDecimal d = new BigDecimal(javaText).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String stripTrailingBlanks(String s) {
    if (s == null) {
      return "";
    }
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  static String date(LocalDate d) {
    if (d == null) {
      return "";
    }
    if (d.equals(LocalDate.MAX) || d.equals(LocalDate.MIN)) {
      return d.equals(LocalDate.MAX) ? "infinity" : "-infinity";
    }
    StringBuilder b = new StringBuilder(10);
    appendDate(b, d);
    return b.toString();
  }

  static String timestamp(LocalDateTime t) {
    if (t == null) {
      return "";
    }
    if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
      return t.equals(LocalDateTime.MAX) ? "infinity" : "-infinity";
    }
    StringBuilder b = new StringBuilder(19);
    appendDate(b, t.toLocalDate());
    b.append(' ');
    appendTime(b, t.toLocalTime());
    return b.toString();
  }

  static String time(LocalTime t) {
    StringBuilder b = new StringBuilder(8);
    appendTime(b, t);
    return b.toString();
  }

  private static void appendDate(StringBuilder b, LocalDate d) {
    int y = d.getYear();
    if (y >= 0 && y <= 9999) {
      pad(b, y, 4);
    } else {
      b.append(y);
    }
    b.append('-');
    pad(b, d.getMonthValue(), 2);
    b.append('-');
    pad(b, d.getDayOfMonth(), 2);
  }

  private static void appendTime(StringBuilder b, LocalTime t) {
    pad(b, t.getHour(), 2);
    b.append(':');
    pad(b, t.getMinute(), 2);
    b.append(':');
    pad(b, t.getSecond(), 2);
  }

  private static void pad(StringBuilder b, int v, int width) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }
}
