package org.shutong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  /**
   * A first-page extract with everything that breaks naive converters: Chinese text, a character
   * outside GBK, quotes, a comma, line breaks (LF and CRLF) inside fields, empty values, leading
   * zeros, surrounding spaces, a formula-looking text and a supplementary-plane character.
   */
  static final String CSV = "病案号,姓名,性别,出生日期,出院主要诊断编码,出院主要诊断名称,备注\r\n"
      + "007,张三,1,1956-03-07,I21.000,前壁急性透壁性心肌梗死,\"他说：\"\"胸痛\"\"，3 小时\"\r\n"
      + "0001235,李㵘,2,,J18.000,支气管肺炎,\"第一行\n第二行\"\r\n"
      + "0001236, 王五 ,1,1980-12-01,,,\"a,b\r\nc\"\r\n"
      + "0001237,𠀀,9,,,=SUM(A1:A2),\r\n";

  @TempDir Path dir;

  private Path csv() throws IOException {
    Path f = dir.resolve("首页.csv");
    Files.writeString(f, CSV, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void csvToXlsxToJsonlToCsvIsLossless() throws IOException {
    Path in = csv();
    Path xlsx = dir.resolve("a.xlsx");
    Path jsonl = dir.resolve("b.jsonl");
    Path back = dir.resolve("c.csv");
    assertEquals(0, Cli.run("convert", in.toString(), xlsx.toString()).exit());
    assertEquals(0, Cli.run("convert", xlsx.toString(), jsonl.toString()).exit());
    Cli.Result r = Cli.run("convert", jsonl.toString(), back.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("4 条记录"), r.err());
    assertEquals(CSV, Files.readString(back, StandardCharsets.UTF_8));
    assertEquals(CSV.getBytes(StandardCharsets.UTF_8).length, Files.size(in), "input untouched");
  }

  @Test
  void jsonlToXlsxToCsvIsLossless() throws IOException {
    Path jsonl = dir.resolve("a.jsonl");
    Path xlsx = dir.resolve("b.xlsx");
    Path back = dir.resolve("c.jsonl");
    assertEquals(0, Cli.run("convert", csv().toString(), jsonl.toString()).exit());
    assertEquals(0, Cli.run("convert", jsonl.toString(), xlsx.toString()).exit());
    assertEquals(0, Cli.run("convert", xlsx.toString(), back.toString()).exit());
    assertEquals(Files.readString(jsonl, StandardCharsets.UTF_8), Files.readString(back, StandardCharsets.UTF_8));
  }

  @Test
  void outputEncodingsAndExplicitFormat() throws IOException {
    Path in = csv();
    Path gb = dir.resolve("gb.txt");
    Cli.Result r = Cli.run("convert", "--to", "csv", "--to-encoding", "GB18030", in.toString(), gb.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(CSV, new String(Files.readAllBytes(gb), Charset.forName("GB18030")));
    Path bom = dir.resolve("excel.csv");
    assertEquals(0, Cli.run("convert", "--to-encoding", "utf-8-bom", in.toString(), bom.toString()).exit());
    assertEquals("\uFEFF" + CSV, Files.readString(bom, StandardCharsets.UTF_8));
    Path tsv = dir.resolve("t.tsv");
    assertEquals(0, Cli.run("convert", in.toString(), tsv.toString()).exit());
    assertTrue(Files.readString(tsv, StandardCharsets.UTF_8).startsWith("病案号\t姓名\t"));
  }

  @Test
  void sheetIsChosenByNameOrNumber() throws IOException {
    Path xlsx = dir.resolve("a.xlsx");
    assertEquals(0, Cli.run("convert", csv().toString(), xlsx.toString()).exit());
    Path out = dir.resolve("o.csv");
    assertEquals(0, Cli.run("convert", "--sheet", "1", xlsx.toString(), out.toString()).exit());
    assertEquals(CSV, Files.readString(out, StandardCharsets.UTF_8));
    Cli.Result r = Cli.run("--lang", "en", "convert", "--sheet", "首页", xlsx.toString(), dir.resolve("p.csv").toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("no worksheet named or numbered \"首页\"") && r.err().contains("Sheet1"), r.err());
  }

  @Test
  void malformedRecordsAreReportedWithFileAndLineAndLeftOut() throws IOException {
    Path in = dir.resolve("ragged.csv");
    Files.writeString(in, "A48,A11\n0001,张三\n0002\n0003,王五\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("o.jsonl");
    Cli.Result r = Cli.run("convert", in.toString(), out.toString());
    assertEquals(ExitCodes.FINDINGS, r.exit());
    assertTrue(r.err().contains(in + ":3: 错误 [IO-RAGGED-ROW] 第 2 条记录："), r.err());
    assertEquals(2, Files.readAllLines(out).size(), "the good records are converted");
    assertEquals(ExitCodes.OK, Cli.run("convert", "--force", "--fail-on", "never", in.toString(), out.toString()).exit());
  }

  @Test
  void unknownOutputFormatAndSameFileAreUsageErrors() throws IOException {
    Path in = csv();
    Cli.Result r = Cli.run("--lang", "en", "convert", in.toString(), dir.resolve("out.dat").toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("--to"), r.err());
    Cli.Result same = Cli.run("--lang", "en", "convert", "--force", in.toString(), in.toString());
    assertEquals(ExitCodes.USAGE, same.exit());
    // refused by the output guard before the command runs (CommandContractTest covers every command)
    assertTrue(same.err().contains(in + " is also an input of this command"), same.err());
    assertEquals(CSV, Files.readString(in, StandardCharsets.UTF_8));
    Cli.Result xml = Cli.run("--lang", "en", "convert", in.toString(), dir.resolve("out.xml").toString());
    assertEquals(ExitCodes.USAGE, xml.exit());
    assertTrue(xml.err().contains("CSV, TSV, XLSX and JSONL"), xml.err());
    Cli.Result enc = Cli.run("--lang", "en", "convert", "--to-encoding", "GB18030", in.toString(),
        dir.resolve("x.jsonl").toString());
    assertEquals(ExitCodes.USAGE, enc.exit());
    assertFalse(Files.exists(dir.resolve("x.jsonl")));
  }

  @Test
  void readsJsonArraysAndXmlRecordSets() throws IOException {
    Path json = dir.resolve("in.json");
    Files.writeString(json, "[{\"A48\":\"007\",\"A11\":\"张三\"},{\"A48\":\"008\",\"A11\":\"李四\"}]", StandardCharsets.UTF_8);
    Path out = dir.resolve("from-json.csv");
    assertEquals(0, Cli.run("convert", json.toString(), out.toString()).exit());
    assertEquals("A48,A11\r\n007,张三\r\n008,李四\r\n", Files.readString(out, StandardCharsets.UTF_8));
    Path xml = dir.resolve("in.xml");
    Files.writeString(xml, "<rs><r A48=\"007\"><A11>张三</A11></r></rs>", StandardCharsets.UTF_8);
    Path out2 = dir.resolve("from-xml.csv");
    assertEquals(0, Cli.run("convert", xml.toString(), out2.toString()).exit());
    assertEquals("A48,A11\r\n007,张三\r\n", Files.readString(out2, StandardCharsets.UTF_8));
  }
}
