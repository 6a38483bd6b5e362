package org.shutong.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shutong.i18n.Lang;

class MessagesTest {
  static final Processor P = new Processor(false);

  static Stream<String> services() {
    return Catalog.standard().services().stream().filter(ServiceSpec::hasSchema).map(ServiceSpec::code);
  }

  @ParameterizedTest
  @MethodSource("services")
  void generatedRequestIsValidAgainstItsServiceXsd(String code) {
    String xml = MessageGenerator.standard().generate(code, 3);
    MessageCheck.Result r = MessageCheck.check(P, xml.getBytes(StandardCharsets.UTF_8),
        Catalog.standard().service(code), Lang.ZH, 20);
    assertEquals(List.of(), r.issues(), code);
  }

  @Test
  void aMessageOfAnotherServiceIsRejectedByRoot() {
    String xml = MessageGenerator.standard().generate("PatientInfoQuery", 1);
    MessageCheck.Result r = MessageCheck.check(P, xml.getBytes(StandardCharsets.UTF_8),
        Catalog.standard().service("PatientInfoRegister"), Lang.ZH, 20);
    assertFalse(r.ok());
    assertEquals("MSG-XML-ROOT", r.issues().get(0).ruleId());
  }

  @Test
  void aMissingRequiredElementIsASchemaError() {
    String xml = MessageGenerator.standard().generate("PatientInfoRegister", 1)
        .replaceFirst("<creationTime [^>]*/>", "");
    MessageCheck.Result r = MessageCheck.check(P, xml.getBytes(StandardCharsets.UTF_8),
        Catalog.standard().service("PatientInfoRegister"), Lang.ZH, 20);
    assertFalse(r.ok());
    assertTrue(r.issues().get(0).ruleId().startsWith("MSG-XSD-cvc"), r.issues().toString());
    // reported where the validator meets the element that came instead
    assertEquals("/PRPA_IN201311UV02/interactionId", r.issues().get(0).path());
  }
}
