package org.shutong.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.shutong.i18n.Messages;

/** Opens tabular inputs. The one entry point for reading files in Shutong. */
@API(status = API.Status.STABLE, since = "0.1")
public final class TableReaders {
  private TableReaders() {}

  /**
   * Opens {@code path} for streaming. The format comes from {@link ReadOptions#format()}, else the
   * file name, else the content; the encoding from the options or detection.
   *
   * @throws InputException if the file is missing, a directory, empty, binary, in an unknown
   *     encoding, or not of the format its name says
   */
  public static TableReader open(Path path, ReadOptions options) {
    Messages m = Messages.of("org.shutong.io.messages", options.lang());
    String name = options.name() != null ? options.name() : path.toString();
    if (!Files.exists(path)) {
      throw new InputException(name, m.get("in.missing", name));
    }
    if (Files.isDirectory(path)) {
      throw new InputException(name, m.get("in.directory", name));
    }
    if (!Files.isReadable(path)) {
      throw new InputException(name, m.get("in.unreadable", name));
    }
    InputStream in = null;
    try {
      in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      in.mark(8);
      byte[] magic = EncodingSniffer.readHead(in, 4);
      in.reset();
      if (magic.length == 0) {
        throw new InputException(name, m.get("in.empty", name));
      }
      boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
      Optional<TableFormat> byName = TableFormat.fromFileName(path);
      TableFormat format = options.format() != null ? options.format() : byName.orElse(zip ? TableFormat.XLSX : TableFormat.CSV);
      if (format == TableFormat.XLSX && !zip) {
        throw new InputException(name, m.get("in.xlsxNotZip", name));
      }
      if (format != TableFormat.XLSX && zip) {
        throw new InputException(name, m.get("in.zipNotText", name));
      }
      TableReader r = switch (format) {
        case CSV, TSV -> openCsv(in, path, name, format, options, m);
        case XLSX, JSONL, JSON, XML -> throw new InputException(name, m.get("in.formatUnsupported", name, format));
      };
      in = null;
      return r;
    } catch (AccessDeniedException e) {
      throw new InputException(name, m.get("in.unreadable", name));
    } catch (IOException e) {
      throw new InputException(name, 0, 0, m.get("in.readFailed", name, e.getMessage()), e);
    } finally {
      if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // opening failed; the exception already thrown says why
        }
      }
    }
  }

  private static TableReader openCsv(InputStream in, Path path, String name, TableFormat format,
      ReadOptions o, Messages m) throws IOException {
    EncodingSniffer.Decoded d = EncodingSniffer.open(in, o.encoding(), name, m);
    char delim;
    if (o.delimiter() != null) {
      delim = o.delimiter();
    } else if (format == TableFormat.TSV) {
      delim = '\t';
    } else {
      delim = CsvTableReader.guessDelimiter(d.head, d.head.length);
    }
    TableSource src = new TableSource(path, name, delim == '\t' ? TableFormat.TSV : TableFormat.CSV, d.charset, null);
    return new CsvTableReader(d.reader, src, delim, o.problems(), m);
  }
}
