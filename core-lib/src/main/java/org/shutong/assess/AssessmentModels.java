package org.shutong.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;

/**
 * The assessment models available to a run: the bundled ones (互联互通 hospital 2020, regional 2020,
 * 电子病历 2018) and any model files a user adds, e.g. when the NHC revises a scheme. Models are
 * keyed by {@code family-version}, so two versions of a scheme load side by side; a user file with
 * the id of a bundled model replaces it. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssessmentModels {
  /** The models shipped with Shutong, in this order. */
  static final List<String> BUNDLED = List.of("interop-hospital-2020", "interop-regional-2020", "emr-2018");

  private static volatile AssessmentModels bundled;

  private final Map<String, AssessmentModel> models;
  private final Map<String, String> origins;

  private AssessmentModels(Map<String, AssessmentModel> models, Map<String, String> origins) {
    this.models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
    this.origins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(origins));
  }

  /** The bundled models (loaded once). */
  public static AssessmentModels bundled() {
    AssessmentModels b = bundled;
    if (b == null) {
      Map<String, AssessmentModel> ms = new LinkedHashMap<>();
      Map<String, String> os = new LinkedHashMap<>();
      for (String id : BUNDLED) {
        String res = "models/" + id + ".json";
        try (InputStream in = AssessmentModels.class.getResourceAsStream(res)) {
          if (in == null) {
            throw new IllegalStateException("missing bundled model " + res);
          }
          ms.put(id, ModelFiles.read(in, res, Lang.EN));
          os.put(id, "bundled");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      b = new AssessmentModels(ms, os);
      bundled = b;
    }
    return b;
  }

  /**
   * These models plus the model files given: a file, or a directory whose {@code *.json} files are
   * all model files.
   *
   * @throws InputException if a file cannot be read or is not a valid model file
   */
  public AssessmentModels with(Collection<Path> paths, Lang lang) {
    Map<String, AssessmentModel> ms = new LinkedHashMap<>(models);
    Map<String, String> os = new LinkedHashMap<>(origins);
    Messages m = AssessText.messages(lang);
    for (Path p : paths) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
              .sorted().forEach(files::add);
        } catch (IOException e) {
          throw new InputException(p.toString(), m.get("model.unreadable", p, e.getMessage()));
        }
      } else {
        files.add(p);
      }
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new InputException(f.toString(), m.get("model.notFound", f));
        }
        try (InputStream in = Files.newInputStream(f)) {
          AssessmentModel model = ModelFiles.read(in, f.toString(), lang);
          ms.put(model.id(), model);
          os.put(model.id(), f.toString());
        } catch (IOException e) {
          throw new InputException(f.toString(), m.get("model.unreadable", f, e.getMessage()));
        }
      }
    }
    return new AssessmentModels(ms, os);
  }

  /** Reads one model file. */
  public static AssessmentModel load(Path file, Lang lang) {
    AssessmentModels one = new AssessmentModels(Map.of(), Map.of()).with(List.of(file), lang);
    return one.models.values().iterator().next();
  }

  /** The model with this id ({@code family-version}). */
  public Optional<AssessmentModel> find(String id) {
    return Optional.ofNullable(models.get(id));
  }

  /** All models, bundled first, then added ones in the order read. */
  public List<AssessmentModel> all() {
    return List.copyOf(models.values());
  }

  /** Where a model came from: {@code bundled}, or the file it was read from. */
  public String origin(String id) {
    return origins.getOrDefault(id, "");
  }
}
