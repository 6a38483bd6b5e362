package org.shutong.examples.interop;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.shutong.i18n.Lang;
import org.shutong.interop.CdaGenerator;
import org.shutong.interop.CdaResult;
import org.shutong.interop.CdaValidator;
import org.shutong.report.Finding;
import org.shutong.report.FindingCollector;

/**
 * Library use of {@code org.shutong.interop}: what {@code shutong interop generate} and {@code
 * shutong interop validate} do, in code — a WS/T 500-2016 共享文档 generated for a test, checked
 * through the five layers (XML, XSD, header, body, value sets), and a faulty document whose findings
 * each carry the XPath of the problem.
 */
public final class ValidateCda {
  /** Compiled schemas and rules are reused: build one validator and keep it. */
  private static final CdaValidator VALIDATOR = CdaValidator.builder().lang(Lang.ZH).build();

  private ValidateCda() {}

  /** A synthetic document of {@code docType} (C0001–C0053); the same type and seed give the same document. */
  public static byte[] generate(String docType, long seed) {
    return CdaGenerator.standard().generate(docType, seed).getBytes(StandardCharsets.UTF_8);
  }

  /** Validates a document in memory; the document type is read from its {@code code/@code}. */
  public static CdaResult validate(byte[] xml, String name, FindingCollector findings) {
    return VALIDATOR.validate(xml, name, null, findings);
  }

  /** Validates a document file; the document type is read from its {@code code/@code}. */
  public static CdaResult validate(Path file, FindingCollector findings) {
    return VALIDATOR.validate(file, null, null, findings);
  }

  /** Generates and validates a 西药处方 (C0004), then validates the faulty example and prints each finding with its XPath. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/interop");
    CdaResult generated = validate(generate("C0004", 1), "C0004 (generated)", new FindingCollector());
    System.out.printf("%s: %s, %d errors, %d warnings%n", generated.file(), generated.docType(), generated.errors(),
        generated.warnings());
    FindingCollector findings = new FindingCollector();
    CdaResult broken = validate(dir.resolve("西药处方-C0004-有错误.xml"), findings);
    System.out.printf("%s: %d errors%n", broken.file(), broken.errors());
    for (Finding f : findings.findings()) {
      System.out.printf("  line %d %s%n    %s%s%n    %s%n", f.line(), f.ruleId(), f.field(),
          f.value() == null ? "" : " = \"" + f.value() + "\"", f.message());
    }
  }
}
