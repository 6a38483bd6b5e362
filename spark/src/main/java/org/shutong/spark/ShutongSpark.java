package org.shutong.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.io.InputEncoding;
import org.shutong.io.InputException;
import org.shutong.io.OutputException;
import org.shutong.report.Report;
import org.shutong.report.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.shutong.spark.ShutongSpark shutong-spark.jar drg-group --input PATH
 * --output DIR}: Shutong's commands on a Spark cluster. Exit codes as the CLI's: 0, 1 for findings at
 * or above {@code --fail-on}, 2 for bad input or usage (nothing written), 3 for an internal error.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(name = "shutong-spark", mixinStandardHelpOptions = true, subcommands = {ShutongSpark.DrgGroup.class, ShutongSpark.FirstpageCheck.class, ShutongSpark.DeidRun.class},
    description = "书同 Shutong on Apache Spark")
public final class ShutongSpark {
  private ShutongSpark() {}

  /** Runs with the session spark-submit configured, and exits with the run's code. */
  public static void main(String[] args) {
    SparkSession.Builder builder = SparkSession.builder().appName("shutong " + (args.length > 0 ? args[0] : ""));
    if (!new org.apache.spark.SparkConf().contains("spark.serializer")) {
      // records cross the shuffle that keeps input order: Kryo is several times faster than Java serialisation
      builder.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    }
    SparkSession spark = builder.getOrCreate();
    int code;
    try {
      code = run(spark, args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
          new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs a command in {@code spark}; returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(ShutongSpark.class, new Factory(spark));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof InputException || e instanceof OutputException || e instanceof UsageException) {
        err.println(e.getMessage());
        return 2;
      }
      err.println("internal error: " + e);
      e.printStackTrace(err);
      return 3;
    });
    return cl.execute(args);
  }

  /** Creates the command objects with the session. */
  private record Factory(SparkSession spark) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == DrgGroup.class) {
        return cls.cast(new DrgGroup(spark));
      }
      if (cls == FirstpageCheck.class) {
        return cls.cast(new FirstpageCheck(spark));
      }
      if (cls == DeidRun.class) {
        return cls.cast(new DeidRun(spark));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /**
   * What every job command shares: the session, the options every job takes, checking them
   * ({@link #options}) and the exit code ({@link #exit}).
   */
  abstract static class Common implements Callable<Integer> {
    final SparkSession spark;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH", required = true, description = "输入文件或目录（可重复；CSV/TSV/XLSX/JSONL 或 Parquet）")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "输出目录")
    String output;

    @Option(names = "--format", paramLabel = "parquet|json", defaultValue = "parquet", description = "结果格式")
    String format;

    @Option(names = "--partition-by", paramLabel = "file|COLUMN", defaultValue = "file",
        description = "结果按文件或按某列（如医疗机构代码）分区")
    String partitionBy;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "并行分区数（默认为集群的默认并行度）")
    int partitions;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "AUTO", description = "文本输入编码")
    String encoding;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "消息语言")
    String lang;

    @Option(names = "--force", description = "允许替换已存在的输出目录")
    boolean force;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "error|warning|never")
    String failOn;

    Common(SparkSession spark) {
      this.spark = spark;
    }

    Lang lang() {
      return Lang.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The run's options, once {@code --format} is one of {@code formats}.
     *
     * @throws UsageException for another format
     */
    RunOptions options(String drgVersion, boolean mapCodes, String... formats) {
      Lang l = lang();
      if (!List.of(formats).contains(format)) {
        throw new UsageException("--format: " + String.join("|", formats));
      }
      return new RunOptions(inputs, output, format, partitionBy, partitions, InputEncoding.parse(encoding), l, force,
          drgVersion, mapCodes);
    }

    /** Prints the run's one-line summary to stderr and returns the exit code {@code --fail-on} gives. */
    int done(Report r, String message) {
      spec.commandLine().getErr().println(message);
      return exit(r);
    }

    int exit(Report r) {
      return switch (failOn.toLowerCase(java.util.Locale.ROOT)) {
        case "never" -> 0;
        case "warning" -> r.summary().atLeast(Severity.WARNING) > 0 ? 1 : 0;
        default -> r.summary().atLeast(Severity.ERROR) > 0 ? 1 : 0;
      };
    }
  }

  /** {@code drg-group}: as {@code shutong drg group}. */
  @Command(name = "drg-group", mixinStandardHelpOptions = true, description = "CHS-DRG 分组（同 shutong drg group）")
  static final class DrgGroup extends Common {
    @Option(names = "--version", paramLabel = "ID", description = "内置分组方案（默认 chs-drg-1.1）")
    String version;

    @Option(names = "--map-codes", description = "分组前把编码转换为分组器的编码版本")
    boolean mapCodes;

    DrgGroup(SparkSession spark) {
      super(spark);
    }

    @Override
    public Integer call() {
      Report r = DrgGroupJob.run(spark, options(version, mapCodes, "parquet", "json"));
      @SuppressWarnings("unchecked") // groupSummary is the map DrgSummaryJson builds
      java.util.Map<String, Object> g = (java.util.Map<String, Object>) r.extras().get("groupSummary");
      return done(r, SparkMessages.of(lang()).get("done", r.summary().records(), g.get("grouped"),
          g.get("ungroupable"), g.get("invalid"), output));
    }
  }

  /** {@code firstpage-check}: as {@code shutong firstpage check} with the bundled rule set. */
  @Command(name = "firstpage-check", mixinStandardHelpOptions = true,
      description = "病案首页校验（同 shutong firstpage check，内置 nhc-2016 规则集；跨记录规则按键 shuffle）")
  static final class FirstpageCheck extends Common {
    FirstpageCheck(SparkSession spark) {
      super(spark);
    }

    @Override
    public Integer call() {
      Report r = FirstpageCheckJob.run(spark, options(null, false, "parquet", "json"));
      return done(r, SparkMessages.of(lang()).get("fp.done", r.summary().records(), r.summary().error(),
          r.summary().warning(), output));
    }
  }

  /** {@code deid-run}: as {@code shutong deid run} without k-anonymity. */
  @Command(name = "deid-run", mixinStandardHelpOptions = true,
      description = "按脱敏方案处理（同 shutong deid run，同一密钥得到相同的假名；k-匿名仅 CLI）")
  static final class DeidRun extends Common {
    @Option(names = "--profile", required = true, paramLabel = "P", description = "脱敏方案：内置名称（firstpage）或驱动程序上的 YAML/JSON 文件")
    String profile;

    @Option(names = "--key-file", paramLabel = "FILE", description = "密钥文件（十六进制，shutong deid keygen 生成）")
    java.nio.file.Path keyFile;

    @Option(names = "--key-env", paramLabel = "NAME", description = "保存密钥的环境变量名")
    String keyEnv;

    DeidRun(SparkSession spark) {
      super(spark);
    }

    @Override
    public Integer call() {
      RunOptions o = options(null, false, "parquet", "json", "csv");
      Lang l = o.lang();
      if ((keyFile == null) == (keyEnv == null)) {
        throw new UsageException(SparkMessages.of(l).get("deid.key"));
      }
      org.shutong.deid.DeidKey key;
      if (keyFile != null) {
        key = org.shutong.deid.DeidKey.read(keyFile, l);
      } else {
        String v = System.getenv(keyEnv);
        if (v == null) {
          throw new UsageException(SparkMessages.of(l).get("deid.noKeyEnv", keyEnv));
        }
        key = org.shutong.deid.DeidKey.parse(v, "$" + keyEnv, l);
      }
      byte[] bytes = new byte[0];
      if (!org.shutong.deid.Profiles.isBuiltin(profile)) {
        org.shutong.deid.Profiles.load(java.nio.file.Path.of(profile), l); // a clear message for a bad file
        try {
          bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(profile));
        } catch (java.io.IOException e) {
          throw new InputException(profile, e.getMessage());
        }
      }
      Report r = DeidRunJob.run(spark, o, bytes, profile, key);
      return done(r, SparkMessages.of(l).get("deid.done", r.summary().records(), output));
    }
  }
}
