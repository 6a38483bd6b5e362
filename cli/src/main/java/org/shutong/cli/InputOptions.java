package org.shutong.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.Database;
import org.shutong.io.DatabaseInput;
import org.shutong.io.FileInput;
import org.shutong.io.InputEncoding;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableFormat;
import org.shutong.io.TableInput;
import org.shutong.report.FindingSink;
import picocli.CommandLine.Option;

/**
 * The input options of CONVENTIONS.md as a mixin for every command that reads tables:
 * {@code --encoding}, {@code --from}, {@code --delimiter}, {@code --sheet} for files, and the
 * database source ({@code --jdbc URL} with {@code --db-table NAME} or {@code --db-query SQL}) with
 * its credentials, which come from a file or an environment variable named here, never from the
 * command line. Commands call {@link #inputs(List, Lang)} to get files or the database as
 * {@link TableInput}s.
 */
public final class InputOptions {
  /** The environment, read only here (domain code never reads it); replaceable in tests. */
  static java.util.function.Function<String, String> environment = System::getenv;

  @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "AUTO",
      converter = EncodingConverter.class,
      description = "输入编码：AUTO（默认，识别 BOM/UTF-8/GB18030）|UTF-8|GB18030|GBK")
  InputEncoding encoding = InputEncoding.AUTO;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "输入格式：csv|tsv|xlsx|jsonl|json|xml（默认按扩展名判断）")
  TableFormat from;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "CSV 分隔符（默认自动判断；制表符写作 \\t）", converter = DelimiterConverter.class)
  Character delimiter;

  @Option(names = "--sheet", paramLabel = "NAME|N", description = "XLSX 工作表名称或序号（从 1 开始；默认第一个）")
  String sheet;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "从数据库读取（代替输入文件）：JDBC URL，如 jdbc:postgresql://主机:5432/库名 或 jdbc:h2:./his；"
          + "与 --db-table 或 --db-query 一起用；URL 中不能含密码")
  String jdbc;

  @Option(names = "--db-table", paramLabel = "NAME", description = "要读取的表或视图（模式.表名亦可；按主键顺序读取）")
  String dbTable;

  @Option(names = "--db-query", paramLabel = "SQL", description = "要读取的 SQL 查询（SELECT ...）")
  String dbQuery;

  @Option(names = "--db-query-file", paramLabel = "FILE", description = "从文件读取 SQL 查询（UTF-8）")
  Path dbQueryFile;

  @Option(names = "--db-key", paramLabel = "COLUMN",
      description = "整数键列：其值作为发现中的“行”（默认取表的单列整数主键；没有时为记录号）")
  String dbKey;

  @Option(names = "--db-user", paramLabel = "USER", description = "数据库用户名")
  String dbUser;

  @Option(names = "--db-password-file", paramLabel = "FILE", description = "数据库密码文件（第一行为密码）")
  Path dbPasswordFile;

  @Option(names = "--db-password-env", paramLabel = "VAR", description = "保存数据库密码的环境变量名")
  String dbPasswordEnv;

  @Option(names = "--db-properties", paramLabel = "FILE",
      description = "连接属性文件（Java properties：url、user、password 及驱动属性如 sslmode）")
  Path dbProperties;

  @Option(names = "--db-fetch-size", paramLabel = "N", defaultValue = "1000",
      description = "每次从数据库取回的行数（默认 1000；内存中最多保留这么多行）")
  int dbFetchSize = DatabaseInput.DEFAULT_FETCH_SIZE;

  @Option(names = "--db-time-zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
      description = "带时区的时间戳换算到的时区（默认 Asia/Shanghai）")
  String dbTimeZone = "Asia/Shanghai";

  /** Read options for these choices. */
  public ReadOptions readOptions(Lang lang, FindingSink problems) {
    return ReadOptions.defaults()
        .withFormat(from)
        .withEncoding(encoding)
        .withDelimiter(delimiter)
        .withSheet(sheet)
        .withLang(lang)
        .withProblems(problems);
  }

  /** Whether the input is a database ({@code --jdbc}, or a URL in {@code --db-properties}). */
  public boolean isDatabase() {
    return jdbc != null || dbProperties != null;
  }

  /**
   * The inputs: the files, or the database table or query when {@code --jdbc} is given.
   *
   * @throws UsageException if both or neither are given, or a database option is incomplete
   * @throws InputException if a password or properties file cannot be read
   */
  public List<TableInput> inputs(List<Path> files, Lang lang) {
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    if (!isDatabase()) {
      if (dbTable != null || dbQuery != null || dbQueryFile != null) {
        throw new UsageException(m.get("db.noJdbc"));
      }
      if (files.isEmpty()) {
        throw new UsageException(m.get("db.noInput"));
      }
      List<TableInput> out = new ArrayList<>();
      for (Path f : files) {
        out.add(new FileInput(f));
      }
      return out;
    }
    if (!files.isEmpty()) {
      throw new UsageException(m.get("db.filesAndJdbc", files.get(0)));
    }
    return List.of(databaseInput(lang));
  }

  /** The one database input (table or query) of {@code --jdbc}. */
  DatabaseInput databaseInput(Lang lang) {
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    int given = (dbTable != null ? 1 : 0) + (dbQuery != null ? 1 : 0) + (dbQueryFile != null ? 1 : 0);
    if (given != 1) {
      throw new UsageException(m.get("db.tableOrQuery"));
    }
    if (dbFetchSize < 1) {
      throw new UsageException(m.get("db.fetchSize", dbFetchSize));
    }
    String sql = dbQuery;
    if (dbQueryFile != null) {
      sql = readText(dbQueryFile, m).strip();
    }
    Database db = database(lang);
    DatabaseInput in = dbTable != null ? DatabaseInput.table(db, dbTable) : DatabaseInput.query(db, sql);
    return in.withKeyColumn(dbKey).withFetchSize(dbFetchSize);
  }

  /** Whether a table or query to read was named. */
  boolean hasDatabaseSource() {
    return dbTable != null || dbQuery != null || dbQueryFile != null;
  }

  /**
   * The database of {@code --jdbc} / {@code --db-properties} with its credentials: the user from
   * {@code --db-user} or the properties file, the password from {@code --db-password-file},
   * {@code --db-password-env} or the properties file.
   */
  public Database database(Lang lang) {
    Messages m = Messages.of("org.shutong.cli.messages", lang);
    Map<String, String> props = new TreeMap<>();
    String password = null;
    if (dbProperties != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(dbProperties, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException(dbProperties.toString(), m.get("db.propertiesUnreadable", dbProperties, e.getMessage()));
      }
      for (String k : p.stringPropertyNames()) {
        props.put(k, p.getProperty(k));
      }
      password = props.remove("password");
    }
    String url = jdbc != null ? jdbc : props.get("url");
    props.remove("url");
    if (url == null || url.isBlank()) {
      throw new UsageException(m.get("db.noUrl", dbProperties));
    }
    String user = dbUser != null ? dbUser : props.get("user");
    props.remove("user");
    if (dbPasswordFile != null && dbPasswordEnv != null) {
      throw new UsageException(m.get("db.twoPasswords"));
    }
    if (dbPasswordFile != null) {
      String text = readText(dbPasswordFile, m);
      int nl = text.indexOf('\n');
      password = nl < 0 ? text : text.substring(0, nl);
      if (password.endsWith("\r")) {
        password = password.substring(0, password.length() - 1);
      }
    } else if (dbPasswordEnv != null) {
      password = environment.apply(dbPasswordEnv);
      if (password == null) {
        throw new UsageException(m.get("db.noPasswordEnv", dbPasswordEnv));
      }
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(dbTimeZone);
    } catch (DateTimeException e) {
      throw new UsageException(m.get("db.badZone", dbTimeZone));
    }
    for (String k : props.keySet()) {
      if (k.toLowerCase(Locale.ROOT).contains("password")) {
        throw new UsageException(m.get("db.otherSecret", dbProperties, k));
      }
    }
    return Database.of(url).withCredentials(user, password).withProperties(props).withZone(zone);
  }

  private static String readText(Path file, Messages m) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file.toString(), m.get("db.fileUnreadable", file, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<InputEncoding> {
    @Override
    public InputEncoding convert(String value) {
      return InputEncoding.parse(value);
    }
  }

  static final class DelimiterConverter implements picocli.CommandLine.ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      String v = value.equals("\\t") || value.equalsIgnoreCase("tab") ? "\t" : value;
      if (v.length() != 1) {
        throw new picocli.CommandLine.TypeConversionException("delimiter must be one character: '" + value + "'");
      }
      return v.charAt(0);
    }
  }
}
