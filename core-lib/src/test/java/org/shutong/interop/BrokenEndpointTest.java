package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/**
 * The bundled plan against endpoints that are broken in the ways real ones are: one that hangs,
 * one that resets the connection, one that answers HTML with 500, one that answers garbage, and
 * one that acknowledges everything with AA. Each case fails with a precise finding; nothing hangs.
 */
class BrokenEndpointTest {
  private static HttpServer http;
  private static ServerSocket resetter;
  private static final CountDownLatch RELEASE = new CountDownLatch(1);

  private static final String ALWAYS_AA =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"
          + "<soap:Body><MCCI_IN000002UV01 xmlns=\"urn:hl7-org:v3\" ITSVersion=\"XML_1.0\">"
          + "<id root=\"2.16.156.10011.2.5.1.1\" extension=\"x\"/><acknowledgement typeCode=\"AA\">"
          + "<targetMessage><id root=\"2.16.156.10011.2.5.1.1\" extension=\"not-the-request\"/></targetMessage>"
          + "</acknowledgement></MCCI_IN000002UV01></soap:Body></soap:Envelope>";

  @BeforeAll
  static void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    http.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "broken-endpoint");
      t.setDaemon(true);
      return t;
    }));
    http.createContext("/hang", ex -> {
      try {
        RELEASE.await(); // never answers while the test runs
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
    });
    http.createContext("/html500", ex -> reply(ex, 500, "text/html", "<html><body>Internal Server Error</body></html>"));
    http.createContext("/garbage", ex -> reply(ex, 200, "text/xml", "this is not xml <<<"));
    http.createContext("/always-aa", ex -> reply(ex, 200, "application/soap+xml; charset=utf-8", ALWAYS_AA));
    http.start();
    resetter = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(() -> {
      while (!resetter.isClosed()) {
        try (Socket s = resetter.accept()) {
          s.setSoLinger(true, 0); // close with RST
        } catch (IOException e) {
          return;
        }
      }
    }, "resetter");
    t.setDaemon(true);
    t.start();
  }

  private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String type, String body)
      throws IOException {
    ex.getRequestBody().readAllBytes();
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    RELEASE.countDown();
    http.stop(0);
    resetter.close();
  }

  private static List<CaseResult> run(String path, FindingCollector findings, Path saveDir) {
    URI endpoint = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    return PlanRunner.builder(TestPlan.bundled(Lang.ZH), endpoint)
        .services(Set.of("PatientInfoRegister", "PatientInfoQuery"))
        .timeout(Duration.ofMillis(700))
        .retries(0)
        .saveDir(saveDir)
        .build()
        .run(findings);
  }

  private static URI resetEndpoint() {
    return URI.create("http://127.0.0.1:" + resetter.getLocalPort() + "/services");
  }

  @Test
  void aHangingEndpointTimesOutEveryCase() {
    FindingCollector f = new FindingCollector();
    List<CaseResult> r = run("/hang", f, null);
    assertFalse(r.isEmpty());
    assertTrue(r.stream().allMatch(c -> c.status().equals("ERROR")), r.toString());
    assertTrue(f.findings().stream().allMatch(x -> x.message().startsWith("SVC-TRANSPORT: ")));
    assertTrue(f.findings().get(0).message().contains("超时"), f.findings().get(0).message());
  }

  @Test
  void aResetConnectionIsATransportFailureAfterTheRetries() {
    FindingCollector f = new FindingCollector();
    List<CaseResult> r = PlanRunner.builder(TestPlan.bundled(Lang.ZH), resetEndpoint())
        .services(Set.of("PatientInfoRegister")).timeout(Duration.ofSeconds(2)).retries(1).build().run(f);
    assertTrue(r.stream().allMatch(c -> c.status().equals("ERROR")), r.toString());
    assertTrue(f.findings().get(0).message().startsWith("SVC-TRANSPORT: "));
    assertEquals("PatientInfoRegister-T01", f.findings().get(0).ruleId());
    assertTrue(f.findings().get(0).message().contains("共尝试 2 次"), f.findings().get(0).message());
  }

  @Test
  void anHtmlErrorPageFailsOnStatus(@TempDir Path dir) throws IOException {
    FindingCollector f = new FindingCollector();
    List<CaseResult> r = run("/html500", f, dir);
    assertTrue(r.stream().noneMatch(CaseResult::passed));
    Finding status = f.findings().stream().filter(x -> x.message().startsWith("SVC-STATUS")).findFirst().orElseThrow();
    assertTrue(status.message().contains("应为 200，实际为 500"), status.message());
    // the failing request/response pair is kept for the developer
    CaseResult first = r.get(0);
    assertEquals(2, first.saved().size(), first.toString());
    assertTrue(Files.readString(Path.of(first.saved().get(1))).contains("Internal Server Error"));
    assertTrue(Files.readString(Path.of(first.saved().get(0))).contains("PRPA_IN201311UV02"));
  }

  @Test
  void garbageIsNoMessage() {
    FindingCollector f = new FindingCollector();
    run("/garbage", f, null);
    assertTrue(f.findings().stream().anyMatch(x -> x.message().startsWith("SVC-ACK") && x.message().contains("没有 HL7 v3 消息")),
        f.findings().toString());
  }

  @Test
  void anEndpointThatAcceptsEverythingFailsTheNegativeCasesPrecisely() {
    FindingCollector f = new FindingCollector();
    List<CaseResult> r = run("/always-aa", f, null);
    CaseResult f01 = r.stream().filter(c -> c.id().equals("PatientInfoRegister-F01")).findFirst().orElseThrow();
    assertEquals("FAIL", f01.status());
    assertTrue(f01.failures().get(0).contains("应为 AE，实际为 AA"), f01.failures().toString());
    CaseResult t01 = r.stream().filter(c -> c.id().equals("PatientInfoRegister-T01")).findFirst().orElseThrow();
    assertEquals("FAIL", t01.status());
    assertTrue(t01.failures().get(0).contains("targetMessage/id/@extension"), t01.failures().toString());
    CaseResult query = r.stream().filter(c -> c.id().equals("PatientInfoQuery-T01")).findFirst().orElseThrow();
    assertTrue(query.failures().stream().anyMatch(x -> x.contains("//registrationEvent/subject1/patient/id/item/@extension")),
        query.failures().toString());
    Finding ack = f.findings().stream().filter(x -> x.message().startsWith("SVC-ACK")).findFirst().orElseThrow();
    assertEquals("PatientInfoRegister-F01", ack.ruleId());
    assertEquals("/*/acknowledgement/@typeCode", ack.field());
    assertEquals("AA", ack.value());
    assertTrue(ack.record() > 0);
  }
}
