package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.FileKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text of a file is, judged from its path, so a rule can tell configuration (where a
 * {@code password=} line sets a password) from text where the same words are UI labels, prose or
 * data. Rules list the kinds they skip ({@code skip} in their YAML); a file can be of several
 * kinds (a test resource that is configuration).
 */
enum TextKind {
  /** Source code: an unquoted value after {@code =} or {@code :} is an expression, not a literal. */
  CODE,
  /** Message bundles and locale files: values are UI text shown to users. */
  MESSAGES,
  /** Documentation and help pages: snippets show how to configure, with made-up values. */
  DOCUMENTATION,
  /** Stylesheets, minified or vendored scripts, source maps: not written by the project's authors. */
  ASSETS,
  /** SQL and tabular data: seed rows, stored hashes. */
  DATA,
  /** Test sources and resources: fixtures, not deployed. */
  TEST_CODE;

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "kts", "groovy", "gradle",
      "scala", "js", "jsx", "mjs", "cjs", "ts", "tsx", "vue", "py", "rb", "go", "cs", "php", "c",
      "cc", "cpp", "h", "hpp", "swift", "rs", "dart");
  private static final Set<String> CODE_NAMES = Set.of("jenkinsfile", "rakefile", "gemfile");
  private static final Set<String> MESSAGE_EXTENSIONS = Set.of("po", "pot", "xlf", "xliff", "strings", "resx");
  private static final Set<String> DOCUMENTATION_EXTENSIONS = Set.of("md", "markdown", "adoc",
      "asciidoc", "rst", "html", "htm", "xhtml", "textile", "wiki", "apt");
  /** A text file named for credentials or settings is a place to keep them, not documentation. */
  private static final Pattern SETTINGS_NAME =
      Pattern.compile("(?i)pass|secret|credential|token|key|env|conf|setting|prop");
  private static final Set<String> ASSET_EXTENSIONS = Set.of("css", "scss", "sass", "less", "styl",
      "svg", "map");
  private static final Set<String> DATA_EXTENSIONS = Set.of("sql", "csv", "tsv", "ldif");
  /** A resource bundle's locale suffix: messages_fr, CoreResources_zh_CN, config_ja. */
  private static final Pattern LOCALE_SUFFIX = Pattern.compile("_([a-z]{2})(?:_[A-Z]{2}|_[A-Z][a-z]{3})?$");
  /** A locale file's whole name: de, pt-BR, zh_CN, zh-Hans. */
  private static final Pattern LOCALE_NAME = Pattern.compile("([a-z]{2})(?:[_-][A-Z]{2}|[_-][A-Z][a-z]{3})?");
  private static final Pattern BUNDLE_NAME =
      Pattern.compile("(?i)(?:^|[_.-])?(?:messages?|[a-z]*resources?|labels|strings|translations?|i18n)$");
  private static final Pattern LOCALE_FOLDER = Pattern.compile(
      "(?i)(^|/)(i18n|l10n|locales?|langs?|languages|translations?|messages)/");
  private static final Pattern DOCUMENTATION_FOLDER = Pattern.compile("(?i)(^|/)(docs?|documentation)/");
  private static final Pattern VENDOR_FOLDER = Pattern.compile(
      "(?i)(^|/)(node_modules|bower_components|vendors?|third[_-]?party|libs)/");
  private static final Pattern MINIFIED = Pattern.compile("(?i)[.-]min\\.(js|css)$|\\.bundle\\.js$");

  /** Returns the kinds of the file at {@code path}; empty for configuration and other text. */
  static Set<TextKind> of(String path) {
    Set<TextKind> kinds = EnumSet.noneOf(TextKind.class);
    String name = FileKind.fileName(path);
    String lower = name.toLowerCase(Locale.ROOT);
    String extension = FileKind.extension(name);
    String stem = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
    if (FileKind.isTestCode(path)) kinds.add(TEST_CODE);
    if (MINIFIED.matcher(lower).find() || ASSET_EXTENSIONS.contains(extension)
        || (extension.equals("js") && VENDOR_FOLDER.matcher(path).find())) {
      kinds.add(ASSETS);
    } else if (CODE_EXTENSIONS.contains(extension) || CODE_NAMES.contains(lower)) {
      kinds.add(CODE);
    }
    if (MESSAGE_EXTENSIONS.contains(extension) || isBundle(extension, stem, path)) kinds.add(MESSAGES);
    boolean prose = extension.equals("txt") && !SETTINGS_NAME.matcher(stem).find();
    if (prose || DOCUMENTATION_EXTENSIONS.contains(extension) || DOCUMENTATION_FOLDER.matcher(path).find()) {
      kinds.add(DOCUMENTATION);
    }
    if (DATA_EXTENSIONS.contains(extension)) kinds.add(DATA);
    return kinds;
  }

  /** Returns true for properties named like a bundle or with a locale, and locale JSON/YAML files. */
  private static boolean isBundle(String extension, String stem, String path) {
    return switch (extension) {
      case "properties" -> language(LOCALE_SUFFIX.matcher(stem), false)
          || BUNDLE_NAME.matcher(stem).find() || LOCALE_FOLDER.matcher(path).find();
      case "json", "yml", "yaml" -> language(LOCALE_NAME.matcher(stem), true) || LOCALE_FOLDER.matcher(path).find();
      default -> false;
    };
  }

  private static boolean language(Matcher locale, boolean whole) {
    return (whole ? locale.matches() : locale.find()) && LANGUAGES.contains(locale.group(1));
  }

  /** Returns the kind named {@code name} in a rule file ({@code messages}, {@code test-code}...). */
  static TextKind named(String name) {
    for (TextKind kind : values()) {
      if (kind.yamlName().equals(name)) return kind;
    }
    throw new IllegalArgumentException("unknown text kind '" + name + "': expected one of "
        + String.join(", ", java.util.Arrays.stream(values()).map(TextKind::yamlName).toList()));
  }

  /** Returns the name rule files use for this kind. */
  String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
