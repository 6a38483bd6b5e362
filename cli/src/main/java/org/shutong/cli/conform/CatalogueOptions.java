package org.shutong.cli.conform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shutong.conformance.DataElementCatalogue;
import org.shutong.i18n.Lang;
import picocli.CommandLine.Option;

/** {@code --catalogue FILE}: more data elements (CSV with id,name,format …) besides the bundled ones. */
final class CatalogueOptions {
  @Option(names = "--catalogue", paramLabel = "FILE", descriptionKey = "catalogue",
      description = "补充的数据元目录文件（CSV：id,name,format[,definition,type,value_domain,source]），可重复")
  List<Path> files = new ArrayList<>();

  DataElementCatalogue catalogue(Lang lang) {
    DataElementCatalogue c = DataElementCatalogue.builtIn();
    for (Path f : files) {
      c = c.withFile(f, lang);
    }
    return c;
  }
}
