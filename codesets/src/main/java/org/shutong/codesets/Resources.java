package org.shutong.codesets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the module's bundled resources. */
final class Resources {
  private Resources() {}

  /** The bytes of a resource beside this class ({@code icd/icd10-nhsa-2.0.csv}). */
  static byte[] bytes(String path) {
    try (InputStream in = Resources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: org/shutong/codesets/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource org/shutong/codesets/" + path, e);
    }
  }

  /** The text of a UTF-8 resource. */
  static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }
}
