package dev.vigil.engine.analysis.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.StaticJavaParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapper XML files and annotations of a tree become sink rows of their interface methods. */
class MyBatisModelsTest {
  private static final String MAPPER = """
      package a.b;
      import java.util.List;
      import org.apache.ibatis.annotations.Param;
      import org.apache.ibatis.annotations.Select;
      public interface UserMapper {
        List<Object> selectUserList(Object user);
        List<Object> sorted(@Param("orderBy") String orderBy, @Param("name") String name);
        List<Object> byIds(@Param("ids") List<String> ids, @Param("limit") String limit);
        List<Object> search(@Param("kw") String kw, @Param("dept") Long dept);
        List<Object> positional(String first, String second);
        @Select({"SELECT * FROM ${table}", " WHERE id = #{id}"})
        Object fromTable(@Param("table") String table, @Param("id") String id);
      }
      """;

  private static String mapper(String body) {
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="a.b.UserMapper">
        """ + body + "\n</mapper>\n";
  }

  private static MyBatisModels models(String xml) {
    MyBatisModels models = new MyBatisModels();
    models.putJava("src/main/java/a/b/UserMapper.java", StaticJavaParser.parse(MAPPER));
    models.putXml("src/main/resources/mapper/UserMapper.xml", xml.getBytes(StandardCharsets.UTF_8));
    return models;
  }

  @Test
  void dollarExpressionsBindToTheParametersTheyName() {
    String rows = models(mapper("""
        <sql id="scope">${params.dataScope}</sql>
        <sql id="order">ORDER BY ${column}</sql>
        <select id="selectUserList">SELECT * FROM u <where><if test="x">AND a = #{a}</if>
          <include refid="scope"/></where></select>
        <select id="sorted">SELECT * FROM u WHERE name = #{name} ORDER BY ${orderBy}</select>
        <select id="byIds">SELECT * FROM u WHERE id IN
          <foreach collection="ids" item="id" separator=",">${id}</foreach> LIMIT #{limit}</select>
        <select id="search"><bind name="pattern" value="'%' + kw + '%'"/>
          SELECT * FROM u WHERE name LIKE '${pattern}' AND dept = ${dept}
          <include refid="order"><property name="column" value="name"/></include></select>
        <select id="positional">SELECT ${param2} FROM u</select>
        """)).modelFile();

    assertThat(rows.lines().filter(l -> l.startsWith("  - ["))).containsExactlyInAnyOrder(
        row("selectUserList", "(Object)", 0, "mapper/UserMapper.xml#selectUserList"),
        row("sorted", "(Object,Object)", 0, "mapper/UserMapper.xml#sorted"),
        row("byIds", "(Object,Object)", 0, "mapper/UserMapper.xml#byIds"),
        row("search", "(Object,Object)", 0, "mapper/UserMapper.xml#search"),
        row("positional", "(Object,Object)", 1, "mapper/UserMapper.xml#positional"),
        "  - [\"a.b\", \"UserMapper\", true, \"fromTable\", \"(Object,Object)\", \"Argument[0]\","
            + " \"sql-injection\", \"mybatis annotation\"]");
  }

  private static String row(String method, String signature, int argument, String origin) {
    return "  - [\"a.b\", \"UserMapper\", true, \"" + method + "\", \"" + signature + "\", \"Argument["
        + argument + "]\", \"sql-injection\", \"mybatis src/main/resources/" + origin + "\"]";
  }

  @Test
  void boundValuesAndOtherXmlMakeNoRows() {
    MyBatisModels models = models(mapper("<select id=\"sorted\">SELECT * FROM u ORDER BY #{orderBy}</select>"));
    models.putXml("pom.xml", "<project><name>${project.name}</name></project>".getBytes(StandardCharsets.UTF_8));

    assertThat(models.modelFile()).doesNotContain("\"sorted\"").doesNotContain("pom.xml");
  }

  @Test
  void externalEntitiesAreNeverLoaded(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "${orderBy}");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mapper [ <!ENTITY x SYSTEM \"" + secret.toUri()
        + "\"> ]>\n<mapper namespace=\"a.b.UserMapper\"><select id=\"sorted\">SELECT &x;</select></mapper>";

    assertThat(models(xml).modelFile()).doesNotContain("sorted");
  }

  @Test
  void entityBombsAreLeftUnexpanded() {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE mapper [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
        + "<mapper namespace=\"a.b.UserMapper\"><select id=\"sorted\">&g; ${orderBy}</select></mapper>";
    long start = System.nanoTime();
    MyBatisModels models = models(bomb);

    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    assertThat(models.modelFile()).contains("\"sorted\"");
  }

  @Test
  void hostileFilesAreReportedNotRead() {
    MyBatisModels models = new MyBatisModels();
    assertThatThrownBy(() -> models.putXml("cut.xml", "<mapper namespace=\"a\"><select id=\"x\">".getBytes(
        StandardCharsets.UTF_8))).isInstanceOf(UnreadableMapperException.class);
    byte[] huge = ("<mapper namespace=\"a\">" + " ".repeat(MapperXmlReader.MAX_BYTES) + "</mapper>")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> models.putXml("huge.xml", huge)).hasMessageContaining("bytes, over the");
    assertThat(models.modelFile()).isEmpty();
  }

  @Test
  void encodingsTheDeclarationNamesAreRead() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<mapper namespace=\"a.b.UserMapper\">"
        + "<select id=\"sorted\">SELECT * FROM u ORDER BY ${orderBy}</select></mapper>";
    MyBatisModels models = new MyBatisModels();
    models.putJava("UserMapper.java", StaticJavaParser.parse(MAPPER));
    models.putXml("UserMapper.xml", xml.getBytes(StandardCharsets.UTF_16));

    assertThat(models.modelFile()).contains("\"sorted\"");
  }

  @Test
  void theFilesOfInterfacesWhoseRowsChangedAreNamedOnce() {
    MyBatisModels models = models(mapper("<select id=\"sorted\">ORDER BY #{orderBy}</select>"));
    assertThat(models.changedInterfaceFiles()).containsExactly("src/main/java/a/b/UserMapper.java");
    assertThat(models.changedInterfaceFiles()).isEmpty();

    models.putXml("src/main/resources/mapper/UserMapper.xml",
        mapper("<select id=\"sorted\">ORDER BY ${orderBy}</select>").getBytes(StandardCharsets.UTF_8));
    assertThat(models.changedInterfaceFiles()).containsExactly("src/main/java/a/b/UserMapper.java");
    models.remove("src/main/resources/mapper/UserMapper.xml");
    assertThat(models.changedInterfaceFiles()).containsExactly("src/main/java/a/b/UserMapper.java");
    assertThat(models.modelFile()).doesNotContain("sorted");
  }
}
