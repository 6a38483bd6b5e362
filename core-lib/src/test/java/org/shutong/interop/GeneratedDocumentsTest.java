package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shutong.report.FindingCollector;
import org.shutong.report.Severity;

class GeneratedDocumentsTest {
  static final CdaValidator VALIDATOR = CdaValidator.builder().build();

  static Stream<String> types() {
    return Catalog.standard().documents().stream().map(DocumentType::code);
  }

  @ParameterizedTest
  @MethodSource("types")
  void generatedDocumentValidatesClean(String type) {
    String xml = CdaGenerator.standard().generate(type, 1);
    FindingCollector c = new FindingCollector();
    CdaResult r = VALIDATOR.validate(xml.getBytes(StandardCharsets.UTF_8), type + ".xml", null, c);
    List<String> problems =
        c.findings().stream()
            .filter(f -> f.severity().atLeast(Severity.WARNING))
            .map(f -> f.ruleId() + " " + f.field() + " " + f.message())
            .toList();
    assertEquals(List.of(), problems, type);
    assertTrue(r.schemaChecked(), type);
    assertEquals(type, r.docType());
  }
}
