package org.shutong.interop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XPathExecutable;

/** The core services of the reference platform, from {@code platform/services.yaml}, compiled. */
final class PlatformServices {
  /** One service as the file describes it. */
  record Def(
      String entity,
      String action,
      String key,
      String record,
      String merged,
      String document,
      String response,
      String queryId,
      Map<String, String> fields,
      Map<String, String> by,
      Map<String, String> consistency,
      List<String> wrap) {}

  record File(Map<String, Def> services) {}

  /** A compiled service. */
  record Service(
      String code,
      Def def,
      XPathExecutable key,
      XPathExecutable record,
      XPathExecutable merged,
      XPathExecutable document,
      XPathExecutable queryId,
      Map<String, XPathExecutable> fields,
      Map<String, XPathExecutable> by,
      Map<String, XPathExecutable> consistency) {}

  private final Map<String, Service> services;

  private PlatformServices(Map<String, Service> services) {
    this.services = services;
  }

  Service get(String code) {
    return services.get(code);
  }

  java.util.Set<String> codes() {
    return services.keySet();
  }

  static PlatformServices load(XPaths x) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    File f;
    try (InputStream in = Resources.open("platform/services.yaml")) {
      f = yaml.readValue(in, File.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Service> out = new LinkedHashMap<>();
    f.services().forEach((code, d) -> out.put(code, new Service(code, d,
        opt(x, d.key()), opt(x, d.record()), opt(x, d.merged()), opt(x, d.document()), opt(x, d.queryId()),
        map(x, d.fields()), map(x, d.by()), map(x, d.consistency()))));
    return new PlatformServices(Map.copyOf(out));
  }

  private static XPathExecutable opt(XPaths x, String e) {
    return e == null ? null : x.compile(e);
  }

  private static Map<String, XPathExecutable> map(XPaths x, Map<String, String> m) {
    Map<String, XPathExecutable> out = new LinkedHashMap<>();
    if (m != null) {
      m.forEach((k, v) -> out.put(k, x.compile(v)));
    }
    return out;
  }
}
