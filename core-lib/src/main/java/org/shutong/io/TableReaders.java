package org.shutong.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
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
      long size = Files.size(path);
      in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      in.mark(16);
      byte[] magic = EncodingSniffer.readHead(in, 8);
      in.reset();
      if (magic.length == 0) {
        throw new InputException(name, m.get("in.empty", name));
      }
      boolean zip = magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
      if (isOle2(magic)) {
        throw new InputException(name, m.get("in.ole2", name));
      }
      Optional<TableFormat> byName = TableFormat.fromFileName(path);
      TableFormat format = options.format() != null ? options.format() : byName.orElse(zip ? TableFormat.XLSX : TableFormat.CSV);
      if (format == TableFormat.DATABASE) {
        throw new InputException(name, m.get("in.databaseFormat", name));
      }
      if (format == TableFormat.XLSX && !zip) {
        throw new InputException(name, m.get("in.xlsxNotZip", name));
      }
      if (format != TableFormat.XLSX && zip) {
        throw new InputException(name, m.get("in.zipNotText", name));
      }
      TableReader r;
      if (format == TableFormat.XLSX) {
        in.close();
        in = null;
        r = XlsxTableReader.open(path, name, options.sheet(), options.problems(), m);
      } else if (format == TableFormat.CSV || format == TableFormat.TSV) {
        r = openCsv(in, path, size, name, format, options, m);
      } else {
        boolean xml = format == TableFormat.XML;
        List<String> keys = xml ? null : jsonKeys(path, format == TableFormat.JSONL, options, name, m);
        EncodingSniffer.Decoded d = EncodingSniffer.open(in, path, options.encoding(), xml, name, m);
        TableSource src = new TableSource(path, name, format, d.charset, null);
        r = xml
            ? new XmlTableReader(d.reader, src, options.encoding(), size, options.problems(), m)
            : new JsonTableReader(format == TableFormat.JSONL, d.reader, src, options.encoding(), size,
                options.problems(), m, keys);
      }
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

  /**
   * Opens a file or a database table or query for streaming.
   *
   * <p>A database input yields its rows with values as a first-page file would hold them: text as
   * stored ({@code CHAR(n)} padding removed), numbers in plain notation, {@code DATE}
   * {@code yyyy-MM-dd}, {@code TIMESTAMP} {@code yyyy-MM-dd HH:mm:ss}, booleans {@code true}/{@code
   * false}, {@code NULL} empty. A column of another type (binary, array, interval...) is refused
   * naming the column: cast it to text in a query. Each row's {@link Row#line()} is its integer
   * key, or its record number when there is none (see {@link DatabaseInput}).
   *
   * @throws InputException if the file cannot be read, or the database cannot be reached, refuses
   *     the credentials, has no such table, or fails the query
   */
  public static TableReader open(TableInput input, ReadOptions options) {
    return input.open(options);
  }

  /**
   * Every field name of a JSON input, from a first pass over the file; {@code null} when that pass
   * cannot read it (the reading pass then reports why, naming the place) or when the input is not a
   * regular file (a named pipe can be read only once: the header then comes from the first record).
   */
  private static List<String> jsonKeys(Path path, boolean lines, ReadOptions o, String name, Messages m) {
    if (!Files.isRegularFile(path)) {
      return null;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      EncodingSniffer.Decoded d = EncodingSniffer.open(in, path, o.encoding(), false, name, m);
      try (Reader text = d.reader) {
        return JsonTableReader.scanKeys(text, lines);
      }
    } catch (IOException | InputException e) {
      return null;
    }
  }

  /** The signature of an OLE2 compound file: Excel 97-2003 {@code .xls}, or an encrypted workbook. */
  private static boolean isOle2(byte[] b) {
    int[] sig = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  private static TableReader openCsv(InputStream in, Path path, long size, String name, TableFormat format,
      ReadOptions o, Messages m) throws IOException {
    EncodingSniffer.Decoded d = EncodingSniffer.open(in, path, o.encoding(), name, m);
    char delim;
    if (o.delimiter() != null) {
      delim = o.delimiter();
    } else if (format == TableFormat.TSV) {
      delim = '\t';
    } else {
      delim = CsvTableReader.guessDelimiter(d.head, d.head.length);
    }
    TableSource src = new TableSource(path, name, delim == '\t' ? TableFormat.TSV : TableFormat.CSV, d.charset, null);
    return new CsvTableReader(d.reader, src, o.encoding(), size, delim, o.problems(), m);
  }
}
