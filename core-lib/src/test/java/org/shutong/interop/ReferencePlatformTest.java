package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;

/** The reference platform's protocol handling, persistence and robustness. */
class ReferencePlatformTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  record Reply(int status, String body) {}

  static Reply post(URI uri, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.body());
  }

  static String register(String patientId) {
    return MessageGenerator.standard().generate("PatientInfoRegister", 1)
        .replaceFirst("(<patient classCode=\"[^\"]*\">\\s*<id>\\s*<item root=\"[^\"]*\" extension=\")[^\"]*\"",
            "$1" + patientId + "\"");
  }

  static String query(String patientId) {
    String q = MessageGenerator.standard().generate("PatientInfoQuery", 1);
    return q.replaceFirst("(<parameterList>\\s*<id root=\"[^\"]*\" extension=\")[^\"]*\"", "$1" + patientId + "\"");
  }

  static String soap12(String message, String action) {
    return Soap.wrap(message, Soap.Binding.SOAP12, action, null);
  }

  static final Map<String, String> SOAP12 = Map.of("Content-Type", "application/soap+xml; charset=utf-8");

  /** SOAP 1.2 headers naming PatientInfoQuery in the action parameter of the content type. */
  static Map<String, String> q() {
    return Soap.headers(Soap.Binding.SOAP12, "PatientInfoQuery");
  }

  @Test
  void registerThenQueryCarriesThePatientAndTheStateSurvivesARestart(@TempDir Path data) throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).dataDir(data).start()) {
      Reply r = post(URI.create(p.endpoint() + "/PatientInfoRegister"), soap12(register("P-RESTART"), null), SOAP12);
      assertEquals(200, r.status());
      assertTrue(r.body().contains("typeCode=\"AA\""), r.body());
    }
    assertTrue(Files.exists(data.resolve("shutong-interop.mv.db")));
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).dataDir(data).start()) {
      Reply r = post(p.endpoint(), soap12(query("P-RESTART"), "PatientInfoQuery"), q());
      assertTrue(r.body().contains("typeCode=\"AA\""), r.body());
      assertTrue(r.body().contains("<PRPA_IN201306UV02"), r.body());
      assertTrue(r.body().contains("extension=\"P-RESTART\""), r.body());
      assertTrue(p.count("exchange") >= 0);
    }
  }

  @Test
  void anUnusableDataDirectoryIsAClearError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("not-a-directory");
    Files.writeString(file, "x");
    java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> ReferencePlatform.builder().port(0).dataDir(file).start());
    assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
  }

  @Test
  void aPortInUseIsAClearError() throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
          () -> ReferencePlatform.builder().port(p.port()).start());
      assertTrue(e.getMessage().contains(String.valueOf(p.port())), e.getMessage());
    }
  }

  @Test
  void exchangesAreLogged() throws Exception {
    List<ReferencePlatform.Exchange> seen = new ArrayList<>();
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).listener(seen::add).start()) {
      post(p.endpoint(), soap12(query("nobody"), "PatientInfoQuery"), q());
      // the log is written by a background thread: wait for it (bounded), then check
      for (int i = 0; i < 100 && p.count("exchange") == 0; i++) {
        Thread.sleep(50);
      }
      assertEquals(1, p.count("exchange"));
    }
    assertEquals(1, seen.size());
    assertEquals("PatientInfoQuery", seen.get(0).service());
    assertEquals("AE", seen.get(0).ack());
  }

  @Test
  void soap11WithAnOperationElementIsServedInKind() throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      String body = Soap.wrap(register("P-OP"), Soap.Binding.SOAP11, "PatientInfoRegister",
          new Soap.Operation("HIPMessageServer", "urn:hl7-org:v3", "action", "message"));
      Reply r = post(p.endpoint(), body, Map.of("Content-Type", "text/xml; charset=utf-8", "SOAPAction", "\"\""));
      assertEquals(200, r.status());
      assertTrue(r.body().contains("HIPMessageServerResponse"), r.body());
      assertTrue(r.body().contains("http://schemas.xmlsoap.org/soap/envelope/"), r.body());
      assertTrue(r.body().contains("typeCode=\"AA\""), r.body());
    }
  }

  @Test
  void plainPostOfAMessageIsServed() throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      Reply r = post(URI.create(p.endpoint() + "/PatientInfoRegister"), register("P-POST"),
          Map.of("Content-Type", "application/xml"));
      assertTrue(r.body().startsWith("<?xml") && r.body().contains("<MCCI_IN000002UV01"), r.body());
      assertFalse(r.body().contains("Envelope"));
    }
  }

  @Test
  void badRequestsAreAnsweredWithReasons(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).maxBodyBytes(200_000).lang(Lang.ZH).start()) {
      // not XML at all, plain POST: AE
      Reply r = post(p.endpoint(), "hello", Map.of("Content-Type", "application/xml"));
      assertTrue(r.body().contains("typeCode=\"AE\"") && r.body().contains("无法解析"), r.body());
      // not XML, SOAP 1.2 content type: a Sender fault
      r = post(p.endpoint(), "<oops", SOAP12);
      assertEquals(400, r.status());
      assertTrue(r.body().contains("soap:Sender"), r.body());
      // XXE: refused without reading the file
      String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
          + "<PRPA_IN201305UV02 xmlns=\"urn:hl7-org:v3\">&e;</PRPA_IN201305UV02>";
      r = post(p.endpoint(), xxe, Map.of("Content-Type", "application/xml"));
      assertTrue(r.body().contains("typeCode=\"AE\"") && !r.body().contains("TOP-SECRET"), r.body());
      // too large
      r = post(p.endpoint(), "<x>" + "a".repeat(300_000) + "</x>", Map.of("Content-Type", "application/xml"));
      assertEquals(413, r.status());
      // unknown service
      r = post(URI.create(p.endpoint() + "/NoSuchService"), soap12(register("X"), null), SOAP12);
      assertTrue(r.body().contains("NoSuchService") && r.body().contains("typeCode=\"AE\""), r.body());
      // a root element shared by two services, and no service named
      r = post(p.endpoint(), soap12(register("X"), null), SOAP12);
      assertTrue(r.body().contains("PatientInfoRegister") && r.body().contains("EncounterCardInfoAdd"), r.body());
      // the wrong message for the service named
      r = post(URI.create(p.endpoint() + "/PatientInfoQuery"), soap12(register("X"), null), SOAP12);
      assertTrue(r.body().contains("typeCode=\"AE\"") && r.body().contains("PRPA_IN201305UV02"), r.body());
      // a message breaking its XSD: AE with the XPath of the problem
      String broken = register("X").replaceFirst("<creationTime [^>]*/>", "");
      r = post(URI.create(p.endpoint() + "/PatientInfoRegister"), soap12(broken, null), SOAP12);
      assertTrue(r.body().contains("typeCode=\"AE\"") && r.body().contains("/PRPA_IN201311UV02/interactionId"), r.body());
      // an empty SOAP body
      r = post(p.endpoint(), "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body/></soap:Envelope>",
          SOAP12);
      assertTrue(r.body().contains("Fault"), r.body());
    }
  }

  @Test
  void aStalledClientDoesNotStopOthersAndConcurrentQueriesAreAllAnswered() throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).threads(4).start()) {
      assertTrue(post(URI.create(p.endpoint() + "/PatientInfoRegister"), soap12(register("P-MANY"), null), SOAP12)
          .body().contains("\"AA\""));
      try (Socket stalled = new Socket(java.net.InetAddress.getLoopbackAddress(), p.port())) {
        OutputStream o = stalled.getOutputStream();
        o.write("POST /services HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n<PRPA".getBytes(StandardCharsets.US_ASCII));
        o.flush();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          replies.add(pool.submit(() -> post(p.endpoint(), soap12(query("P-MANY"), "PatientInfoQuery"), q())));
        }
        for (Future<Reply> f : replies) {
          Reply r = f.get();
          assertEquals(200, r.status());
          assertTrue(r.body().contains("typeCode=\"AA\""), r.body());
        }
        pool.shutdown();
      }
    }
  }

  @Test
  void statusPageListsTheCoreServices() throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.port() + "/")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("/services/PatientInfoRegister") && r.body().contains("个人信息注册服务"), r.body());
    }
  }
}
