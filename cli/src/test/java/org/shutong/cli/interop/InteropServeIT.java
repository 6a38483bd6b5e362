package org.shutong.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a user runs it: {@code shutong interop serve} on an ephemeral port of 127.0.0.1
 * with a data directory, {@code shutong interop test} of the bundled plan's 三级 cases against it,
 * then the server stopped as Ctrl-C stops it.
 */
class InteropServeIT {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  private static final Path JAR = ROOT.resolve("cli/target/shutong.jar");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @Test
  void serveAndTestAsProcesses(@TempDir Path dir) throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR);
    Path data = dir.resolve("data");
    Process serve = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "--lang", "en", "interop", "serve",
        "--port", "0", "--data", data.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8));
      String first = err.readLine();
      Matcher m = Pattern.compile("listening: (http://127\\.0\\.0\\.1:\\d+/services)").matcher(String.valueOf(first));
      assertTrue(m.find(), String.valueOf(first));
      Thread drain = new Thread(() -> {
        try {
          while (err.readLine() != null) {
            // the exchange log; read so the server never blocks on a full pipe
          }
        } catch (java.io.IOException e) {
          // the server stopped
        }
      });
      drain.setDaemon(true);
      drain.start();
      List<String> cmd = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString(), "interop", "test",
          "--endpoint", m.group(1), "--level", "三级", "-f", "json", "--save-dir", dir.resolve("fail").toString()));
      Path out = dir.resolve("out.json");
      Process test = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      assertTrue(test.waitFor(300, TimeUnit.SECONDS));
      assertEquals(0, test.exitValue(), Files.readString(out));
      JsonNode j = new ObjectMapper().readTree(out.toFile());
      assertEquals(7, j.get("passed").asInt());
      assertEquals(0, j.get("failed").asInt());
      assertEquals("三级", j.get("level").asText());
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
    assertTrue(Files.exists(data.resolve("shutong-interop.mv.db")));
  }
}
