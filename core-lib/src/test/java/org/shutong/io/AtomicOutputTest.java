package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

class AtomicOutputTest {
  @TempDir Path dir;

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void commitRenamesTheTemporaryFileOverTheTarget() throws IOException {
    Path target = dir.resolve("out.txt");
    try (AtomicOutput out = AtomicOutput.create(target, false, Lang.EN)) {
      out.stream().write("完成".getBytes(StandardCharsets.UTF_8));
      assertFalse(Files.exists(target), "target must not appear before commit");
      out.commit();
    }
    assertEquals("完成", Files.readString(target));
    assertEquals(1, filesIn(dir), "no temporary file left");
  }

  @Test
  void closingWithoutCommitLeavesNoFile() throws IOException {
    Path target = dir.resolve("out.txt");
    try (AtomicOutput out = AtomicOutput.create(target, false, Lang.EN)) {
      out.stream().write(new byte[1000]);
    }
    assertEquals(0, filesIn(dir));
  }

  @Test
  void anInterruptedRunKeepsTheOldFile() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    try (AtomicOutput out = AtomicOutput.create(target, true, Lang.EN)) {
      out.stream().write("new, half written".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("old", Files.readString(target));
  }

  @Test
  void existingTargetNeedsForce() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    OutputException e = assertThrows(OutputException.class, () -> AtomicOutput.create(target, false, Lang.EN));
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertEquals("old", Files.readString(target));
  }

  @Test
  void missingDirectoryIsNamed() {
    Path target = dir.resolve("no/such/dir/out.txt");
    OutputException e = assertThrows(OutputException.class, () -> AtomicOutput.create(target, false, Lang.ZH));
    assertTrue(e.getMessage().contains("不存在"), e.getMessage());
  }

  @Test
  void outputGetsTheUsersDefaultPermissionsNotPrivateTempPermissions() throws IOException {
    Path target = dir.resolve("out.txt");
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "x");
    try (AtomicOutput out = AtomicOutput.create(target, false, Lang.EN)) {
      out.commit();
    }
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }
  }

  @Test
  void aParentThatIsAFileIsSaidSo() throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, "x");
    Path target = file.resolve("sub/out.json");
    OutputException e = assertThrows(OutputException.class, () -> AtomicOutput.create(target, false, Lang.EN));
    assertEquals("cannot write " + target + ": " + file + " is a file, not a directory", e.getMessage());
    OutputException zh = assertThrows(OutputException.class, () -> AtomicOutput.create(target, false, Lang.ZH));
    assertEquals("无法写入 " + target + "：" + file + " 是文件，不是目录", zh.getMessage());
  }

  @Test
  void aPlaceWhereNoFileCanBeCreatedGivesTheReasonNotJustAPath() {
    // /proc accepts no new files (root included); the failure must say so, not only name the temporary file
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    Path target = Path.of("/proc/shutong-report.json");
    OutputException e = assertThrows(OutputException.class, () -> AtomicOutput.create(target, false, Lang.EN));
    assertTrue(e.getMessage().startsWith("writing " + target + " failed: "), e.getMessage());
    assertFalse(e.getMessage().contains(".part"), e.getMessage());
  }

  @Test
  void reasonsAreWords() {
    Messages m = Messages.of("org.shutong.io.messages", Lang.EN);
    assertEquals("permission denied", AtomicOutput.reason(new java.nio.file.AccessDeniedException("/x/.y.part"), m));
    assertEquals("no file can be created there", AtomicOutput.reason(new java.nio.file.NoSuchFileException("/x/.y.part"), m));
    assertEquals("No space left on device",
        AtomicOutput.reason(new java.nio.file.FileSystemException("/x", null, "No space left on device"), m));
    assertEquals("disk full", AtomicOutput.reason(new IOException("disk full"), m));
  }
}
