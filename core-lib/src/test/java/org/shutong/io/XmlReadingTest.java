package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;

class XmlReadingTest {
  @TempDir Path dir;

  private Path write(String name, String content) {
    return Tables.write(dir, name, content);
  }

  @Test
  void childrenOfTheRootAreRecordsAndTheirChildrenOrAttributesFields() throws IOException {
    Path f = write("fp.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- 病案首页导出 -->
        <records xmlns="urn:example:fp" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <record A48="007">
            <A11>张三</A11>
            <C04N><![CDATA[前壁急性透壁性心肌梗死 & 心衰]]></C04N>
            <B15 xsi:nil="true"/>
          </record>
          <record A48="0001235"><A11>李&lt;四&gt;</A11><extra>x</extra></record>
          <record><C04N>支气管肺炎</C04N></record>
        </records>
        """);
    Tables.Read r = Tables.read(f);
    assertEquals(List.of("A48", "A11", "C04N", "B15"), r.header());
    assertEquals(List.of(
        List.of("007", "张三", "前壁急性透壁性心肌梗死 & 心衰", ""),
        List.of("0001235", "李<四>", "", ""),
        List.of("", "", "支气管肺炎", "")), r.values());
    assertEquals(List.of(4L, 9L, 10L), r.rows().stream().map(Row::line).toList());
    assertEquals(List.of("IO-UNKNOWN-KEY"), r.ruleIds());
    assertEquals("extra", r.problems().findings().get(0).field());
    assertEquals(TableFormat.XML, r.source().format());
  }

  @Test
  void declaredChineseEncodingIsHonoured() throws IOException {
    Path f = dir.resolve("gbk.xml");
    Files.write(f, "<?xml version=\"1.0\" encoding=\"GB2312\"?><rs><r><姓名>张三</姓名><病名>㵘</病名></r></rs>"
        .getBytes(Charset.forName("GB18030")));
    Tables.Read r = Tables.read(f);
    assertEquals("GB18030", r.source().encodingName());
    assertEquals(List.of("张三", "㵘"), r.rows().get(0).values());
  }

  @Test
  void externalEntitiesAndDtdsAreRefused() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET");
    Path f = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rs [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]>\n<rs><r><a>&x;</a></r></rs>");
    InputException e = assertThrows(InputException.class, () -> Tables.read(f, ReadOptions.defaults().withLang(Lang.EN)));
    assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    assertFalse(e.getMessage().contains("TOP-SECRET"));
    assertEquals(2, e.line());
  }

  @Test
  void malformedXmlIsUnreadableWithLineAndColumn() throws IOException {
    Path f = write("bad.xml", "<rs>\n  <r><a>1</a></r>\n  <r><a>2</b></r>\n</rs>");
    InputException e = assertThrows(InputException.class, () -> Tables.read(f, ReadOptions.defaults().withLang(Lang.EN)));
    assertEquals(3, e.line());
    assertTrue(e.column() > 0);
    assertTrue(e.getMessage().startsWith(f + ": line 3"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void rootWithoutRecordsIsUnreadable() throws IOException {
    assertThrows(InputException.class, () -> Tables.read(write("empty.xml", "<rs>  </rs>")));
  }
}
