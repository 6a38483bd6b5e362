package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of every module ({@code messages*.properties}, read through
 * {@code org.shutong.i18n.Messages}, which formats with {@link java.text.MessageFormat}): a lone
 * apostrophe would be eaten ("the model's" printed as "the models"), and a Chinese message without its
 * English twin would fall back to Chinese under {@code --lang en}.
 */
class MessageBundlesTest {
  private static List<Path> bundles() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path resources = module.resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(resources)) {
          files.filter(p -> p.getFileName().toString().matches("messages(_en)?\\.properties")).forEach(out::add);
        }
      }
    }
    return out;
  }

  private static Properties load(Path p) throws IOException {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      props.load(r);
    }
    return props;
  }

  @Test
  void apostrophesAreDoubledOrQuoteABrace() throws IOException {
    List<Path> all = bundles();
    assertTrue(all.size() >= 20, "bundles found: " + all);
    List<String> bad = new ArrayList<>();
    for (Path p : all) {
      Properties props = load(p);
      for (String key : new TreeSet<>(props.stringPropertyNames())) {
        String rest = props.getProperty(key).replace("''", "").replace("'{'", "").replace("'}'", "");
        if (rest.indexOf('\'') >= 0) {
          bad.add(p.getFileName() + " " + p.getParent().getFileName() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void everyChineseMessageHasAnEnglishOne() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path zh : bundles()) {
      if (!zh.getFileName().toString().equals("messages.properties")) {
        continue;
      }
      Path en = zh.resolveSibling("messages_en.properties");
      assertTrue(Files.exists(en), "no English bundle beside " + zh);
      Properties enProps = load(en);
      for (String key : load(zh).stringPropertyNames()) {
        if (!enProps.containsKey(key)) {
          missing.add(zh.getParent().getFileName() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), missing);
    assertFalse(bundles().isEmpty());
  }
}
