package org.shutong.cli.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.ReportOptions;
import org.shutong.cli.UsageException;
import org.shutong.coding.Block;
import org.shutong.coding.Chapter;
import org.shutong.coding.CodeNode;
import org.shutong.coding.CodingSystem;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.report.Report;
import org.shutong.report.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong code tree CODE}: the chapter, blocks (节) and ancestors of a code, the code, and what lies
 * below it; {@code CODE} may also be a chapter or block written as its range ({@code I00-I99}, {@code I20-I25}).
 */
@Command(name = "tree", description = "显示编码的层级：所属章、节、上级（类目、亚目……）和下级编码；也可从章或节开始（如 I20-I25）")
public final class CodeTreeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReportOptions report = new ReportOptions();

  @Option(names = "--system", paramLabel = "ID", description = "编码表 ID（默认按编码形式选医保版 ICD-10 或 ICD-9-CM-3）")
  String system;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = "向下显示的层数（默认 1）")
  int depth;

  @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "code.tree.code", description = "编码")
  String code;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = CodeCli.messages(lang);
    String id = system != null ? system : CodeCli.defaultSystemFor(code);
    CodingSystem s = CodeCli.system(id, lang);
    if (CodingSystem.looksLikeRange(code)) {
      return rangeTree(s, lang, m);
    }
    if (s.node(code).isEmpty() && system == null && CodeCli.alternativeFor(id) != null
        && CodeCli.system(CodeCli.alternativeFor(id), lang).node(code).isPresent()) {
      s = CodeCli.system(CodeCli.alternativeFor(id), lang);
    }
    CodingSystem sys = s;
    CodeNode node = s.node(code).orElseThrow(() -> new UsageException(m.get("tree.notFound", code, sys.id())));
    List<CodeNode> ancestors = new ArrayList<>(s.ancestors(node.code()));
    java.util.Collections.reverse(ancestors);
    List<List<Object>> rows = new ArrayList<>();
    Chapter ch = s.chapterOf(node.code());
    if (ch != null) {
      rows.add(List.of(m.get("level.CHAPTER"), ch.number() + " " + ch.range(), ch.title().isEmpty() ? ch.titleEn() : ch.title(), ""));
    }
    List<Block> blocks = s.blocksOf(node.code());
    for (Block bl : blocks) {
      rows.add(List.of(m.get("level.BLOCK"), bl.code(), bl.displayTitle(), ""));
    }
    int indent = 0;
    for (CodeNode a : ancestors) {
      rows.add(List.of(CodeCli.level(a, m), "  ".repeat(indent++) + a.code(), nameOf(a), m.get(a.leaf() ? "yes" : "no")));
    }
    rows.add(List.of(CodeCli.level(node, m), "  ".repeat(indent) + "▶ " + node.code(), nameOf(node), m.get(node.leaf() ? "yes" : "no")));
    List<Map<String, Object>> below = new ArrayList<>();
    if (depth > 0) {
      addNodes(s, s.children(node.code()), indent + 1, depth, rows, below, m);
    }
    Report.Builder b = Report.builder("code tree");
    b.extra("system", s.id());
    if (ch != null) {
      b.extra("chapter", Map.of("number", ch.number(), "range", ch.first() + "-" + ch.last(), "title", ch.title()));
    }
    if (!blocks.isEmpty()) {
      b.extra("blocks", blocks.stream().map(x -> CodeCli.block(x, false)).toList());
    }
    b.extra("ancestors", ancestors.stream().map(CodeCli::node).toList());
    b.extra("node", CodeCli.node(node));
    b.extra("children", below);
    b.table(new ReportTable("tree", m.get("tree.title", node.code(), s.id()),
        List.of(m.get("col.level"), m.get("col.code"), m.get("col.name"), m.get("col.leaf")), rows, null));
    return report.emit(b.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }

  /** The tree below a chapter or block: its blocks, then the 类目 of the innermost blocks, down to {@code --depth}. */
  private Integer rangeTree(CodingSystem s, Lang lang, Messages m) {
    Optional<Chapter> chapter = s.chapter(code);
    Optional<Block> block = chapter.isPresent() ? Optional.empty() : s.block(code);
    if (chapter.isEmpty() && block.isEmpty()) {
      throw new UsageException(m.get(s.blocks().isEmpty() ? "lookup.notFound.RANGE.noBlocks" : "lookup.notFound.RANGE")
          + ": " + code + " (" + s.id() + ")");
    }
    List<List<Object>> rows = new ArrayList<>();
    List<Map<String, Object>> below = new ArrayList<>();
    Report.Builder b = Report.builder("code tree");
    b.extra("system", s.id());
    String root;
    if (chapter.isPresent()) {
      Chapter ch = chapter.get();
      root = ch.first() + "-" + ch.last();
      rows.add(List.of(m.get("level.CHAPTER"), "▶ " + ch.number() + " " + ch.range(), ch.title().isEmpty() ? ch.titleEn() : ch.title(), ""));
      b.extra("chapter", Map.of("number", ch.number(), "range", root, "title", ch.title()));
      List<Block> top = s.blocksIn(ch);
      if (top.isEmpty()) {
        addNodes(s, s.categoriesIn(ch.first(), ch.last()), 1, Math.max(0, depth), rows, below, m);
      } else {
        addBlocks(s, top, 1, Math.max(0, depth), rows, below, m);
      }
    } else {
      Block bl = block.get();
      root = bl.code();
      s.chapters().stream().filter(c -> c.number().equals(bl.chapter())).findFirst().ifPresent(ch -> {
        rows.add(List.of(m.get("level.CHAPTER"), ch.number() + " " + ch.range(), ch.title().isEmpty() ? ch.titleEn() : ch.title(), ""));
        b.extra("chapter", Map.of("number", ch.number(), "range", ch.first() + "-" + ch.last(), "title", ch.title()));
      });
      List<Block> outer = s.blocksOf(bl.first());
      List<Map<String, Object>> path = new ArrayList<>();
      int indent = 0;
      for (Block o : outer) {
        if (o.code().equals(bl.code())) {
          break;
        }
        if (o.contains(bl.first()) && o.contains(bl.last())) {
          rows.add(List.of(m.get("level.BLOCK"), "  ".repeat(indent++) + o.code(), o.displayTitle(), ""));
          path.add(CodeCli.block(o, false));
        }
      }
      rows.add(List.of(m.get("level.BLOCK"), "  ".repeat(indent) + "▶ " + bl.code(), bl.displayTitle(), ""));
      if (!path.isEmpty()) {
        b.extra("blocks", path);
      }
      b.extra("block", CodeCli.block(bl, false));
      List<Block> inner = s.blocksIn(bl);
      if (inner.isEmpty()) {
        addNodes(s, s.categoriesIn(bl.first(), bl.last()), indent + 1, Math.max(0, depth), rows, below, m);
      } else {
        addBlocks(s, inner, indent + 1, Math.max(0, depth), rows, below, m);
      }
    }
    b.extra("children", below);
    b.table(new ReportTable("tree", m.get("tree.title", root, s.id()),
        List.of(m.get("col.level"), m.get("col.code"), m.get("col.name"), m.get("col.leaf")), rows, null));
    return report.emit(b.build(report.collector(), 0), spec.commandLine().getOut(), lang);
  }

  private static void addBlocks(CodingSystem s, List<Block> blocks, int indent, int depth, List<List<Object>> rows,
      List<Map<String, Object>> out, Messages m) {
    if (depth == 0) {
      return;
    }
    for (Block bl : blocks) {
      rows.add(List.of(m.get("level.BLOCK"), "  ".repeat(indent) + bl.code(), bl.displayTitle(), ""));
      Map<String, Object> o = CodeCli.block(bl, false);
      o.put("level", "block");
      List<Map<String, Object>> sub = new ArrayList<>();
      List<Block> inner = s.blocksIn(bl);
      if (inner.isEmpty()) {
        addNodes(s, s.categoriesIn(bl.first(), bl.last()), indent + 1, depth - 1, rows, sub, m);
      } else {
        addBlocks(s, inner, indent + 1, depth - 1, rows, sub, m);
      }
      if (!sub.isEmpty()) {
        o.put("below", sub);
      }
      out.add(o);
    }
  }

  /** Adds {@code nodes} and, down to {@code depth} levels in all, the codes below each of them. */
  private static void addNodes(CodingSystem s, List<CodeNode> nodes, int indent, int depth, List<List<Object>> rows,
      List<Map<String, Object>> out, Messages m) {
    if (depth == 0) {
      return;
    }
    for (CodeNode c : nodes) {
      rows.add(List.of(CodeCli.level(c, m), "  ".repeat(indent) + c.code(), nameOf(c), m.get(c.leaf() ? "yes" : "no")));
      Map<String, Object> o = CodeCli.node(c);
      List<Map<String, Object>> sub = new ArrayList<>();
      if (depth > 1) {
        addNodes(s, s.children(c.code()), indent + 1, depth - 1, rows, sub, m);
      }
      if (!sub.isEmpty()) {
        o.put("below", sub);
      }
      out.add(o);
    }
  }

  private static String nameOf(CodeNode n) {
    return n.name() == null ? "" : n.name();
  }

}
