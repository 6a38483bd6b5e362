package org.shutong.cli.interop;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.shutong.cli.ExitCodes;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.interop.ReferencePlatform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shutong interop serve}: the reference platform, until interrupted (Ctrl-C). */
@Command(name = "serve", description = "启动互联互通参考平台（HTTP/SOAP），实现核心交互服务，供适配器开发与自测")
public final class InteropServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "监听端口（默认 8080；0 为任选空闲端口）")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "监听地址（默认 127.0.0.1，只接受本机连接；0.0.0.0 接受所有网卡）")
  String host = "127.0.0.1";

  @Option(names = "--data", paramLabel = "DIR", description = "保存平台数据的目录（重启后仍在）；不给则只保存在内存中")
  Path data;

  @Option(names = "--threads", paramLabel = "N", description = "工作线程数（默认 CPU 数的两倍，至少 4）")
  Integer threads;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "16777216", description = "请求体字节上限（默认 16 MiB）")
  long maxBody = 16L << 20;

  /** Ends the server in tests (the CLI runs until interrupted). */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.interop.messages", lang);
    PrintWriter err = spec.commandLine().getErr();
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    if (port < 0 || port > 65535) {
      throw new UsageException(m.get("serve.badNumber", "--port", port, "0–65535"));
    }
    if (threads != null && threads < 1) {
      throw new UsageException(m.get("serve.badNumber", "--threads", threads, "≥ 1"));
    }
    if (maxBody < 1) {
      throw new UsageException(m.get("serve.badNumber", "--max-body", maxBody, "≥ 1"));
    }
    ReferencePlatform.Builder b = ReferencePlatform.builder().host(host).port(port).dataDir(data).maxBodyBytes(maxBody)
        .lang(lang);
    if (threads != null) {
      b.threads(threads);
    }
    if (!g.quiet()) {
      b.listener(e -> {
        synchronized (err) {
          err.println(time.format(e.at()) + "  " + e.remote() + "  " + (e.service() == null ? "-" : e.service()) + "  "
              + e.ack() + "  " + e.millis() + "ms" + (e.ack().equals("AA") || e.detail() == null ? ""
                  : "  " + abbreviate(e.detail(), 160)));
          err.flush();
        }
      });
    }
    ReferencePlatform platform;
    try {
      platform = b.start();
    } catch (IOException | IllegalArgumentException e) {
      // the address is taken or cannot be bound: the user's choice of --host/--port
      throw new UsageException(m.get("serve.cannotListen", host, port, e.getMessage()));
    }
    Thread hook = new Thread(() -> {
      platform.close();
      stop.countDown();
    }, "shutong-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    err.println(m.get("serve.started", platform.endpoint(), data == null ? m.get("serve.memory") : data.toAbsolutePath()));
    err.flush();
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is closing the platform
    }
    platform.close();
    return ExitCodes.OK;
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "…";
  }
}
