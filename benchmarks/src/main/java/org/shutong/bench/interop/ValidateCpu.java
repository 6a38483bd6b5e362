package org.shutong.bench.interop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.shutong.interop.CdaGenerator;
import org.shutong.interop.CdaValidator;
import org.shutong.report.FindingSink;

/**
 * Documents validated per second of the validating thread's own CPU time (the documents of {@link
 * ValidateBenchmark}), after warm-up. On a machine shared with other work, wall-clock throughput
 * (the JMH score) falls with the load; CPU time measures what one core does. Prints one line per
 * round and the best of the last three.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.shutong.bench.interop.ValidateCpu [rounds]}
 */
public final class ValidateCpu {
  private ValidateCpu() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    CdaValidator v = CdaValidator.builder().build();
    byte[][] docs = new byte[ValidateBenchmark.TYPES.size()][];
    long bytes = 0;
    for (int i = 0; i < docs.length; i++) {
      docs[i] = CdaGenerator.standard().generate(ValidateBenchmark.TYPES.get(i), i + 1).getBytes(StandardCharsets.UTF_8);
      bytes += docs[i].length;
    }
    System.out.printf(Locale.ROOT, "%d documents, %.1f KB on average%n", docs.length, bytes / 1024.0 / docs.length);
    double best = 0;
    for (int round = 1; round <= rounds; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      int n = 0;
      for (int r = 0; r < 50; r++) {
        for (byte[] d : docs) {
          v.validate(d, "bench.xml", null, FindingSink.discard());
          n++;
        }
      }
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      double wall = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "round %2d: %6.0f docs/CPU-s  %6.0f docs/s wall%n", round, n / cpu, n / wall);
      if (round > rounds - 3) {
        best = Math.max(best, n / cpu);
      }
    }
    System.out.printf(Locale.ROOT, "best of the last three rounds: %.0f documents per CPU-second%n", best);

    // Peer in the same run: the JDK's XSD validator alone (layer 2 only) on the same documents and
    // the same per-type XSDs, compiled once, with a reused Validator per type.
    javax.xml.validation.Validator[] xsd = new javax.xml.validation.Validator[docs.length];
    for (int i = 0; i < docs.length; i++) {
      javax.xml.validation.SchemaFactory f =
          javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
      java.net.URL u = CdaValidator.class.getResource("/org/shutong/interop/schemas/cda/"
          + ValidateBenchmark.TYPES.get(i) + ".xsd");
      xsd[i] = f.newSchema(u).newValidator();
      xsd[i].setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
    }
    double peer = 0;
    for (int round = 1; round <= rounds; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      int n = 0;
      for (int r = 0; r < 50; r++) {
        for (int i = 0; i < docs.length; i++) {
          xsd[i].validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(docs[i])));
          n++;
        }
      }
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      if (round > rounds - 3) {
        peer = Math.max(peer, n / cpu);
      }
    }
    System.out.printf(Locale.ROOT, "peer, XSD validation alone (JDK validator, same XSDs and documents): %.0f documents"
        + " per CPU-second; all five layers take %.2f× its time%n", peer, peer / best);
  }
}
