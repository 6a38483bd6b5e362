package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/** A 50 MB document: validated within the default limit, refused by a smaller one, and by the server. */
@Tag("e2e")
class LargeInputTest {
  private static byte[] fiftyMegabytes() {
    String xml = CdaGenerator.standard().generate("C0001", 1);
    int i = xml.indexOf("<text>") + "<text>".length();
    StringBuilder b = new StringBuilder(xml.length() + (50 << 20));
    b.append(xml, 0, i);
    String line = "既往体健，否认高血压、糖尿病史。".repeat(10) + "\n";
    while (b.length() * 3L < 51L << 20) {
      b.append(line);
    }
    b.append(xml, i, xml.length());
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFiftyMegabyteDocumentIsValidatedOrRefusedButNeverBreaksAnything(@TempDir Path dir) throws Exception {
    byte[] big = fiftyMegabytes();
    assertTrue(big.length >= 50 << 20, String.valueOf(big.length));
    Path f = dir.resolve("big.xml");
    Files.write(f, big);
    FindingCollector c = new FindingCollector();
    CdaResult r = CdaValidator.builder().build().validate(f, null, null, c);
    assertTrue(r.wellFormed() && r.schemaChecked(), r.toString());
    assertEquals(List.of(), c.findings().stream().map(Finding::ruleId).toList());
    FindingCollector refused = new FindingCollector();
    CdaValidator.builder().maxBytes(32L << 20).build().validate(f, null, null, refused);
    assertEquals("CDA-XML-TOO-LARGE", refused.findings().get(0).ruleId());
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      HttpResponse<String> resp = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(p.endpoint() + "/DocumentRegister")).timeout(Duration.ofMinutes(2))
              .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(413, resp.statusCode());
    }
  }
}
