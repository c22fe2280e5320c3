package dev.vigil.engine.threatmodel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The patterns inference looks for, in one place: what in a Java file's name or code puts it in a
 * priority area or on a trust boundary, and which build-file lines say which framework is used.
 * An area or boundary pattern matches if it is found anywhere in the file name (for names) or in
 * the source text (for code).
 */
final class Signals {
  /** A file-name pattern and a code pattern; either one places a Java file. */
  record FileSignal(Pattern name, Pattern code) {
    boolean matches(String fileName, String text) {
      return (name != null && name.matcher(fileName).find()) || (code != null && code.matcher(text).find());
    }
  }

  /** A framework or library seen in a build file, and what it says about the repository. */
  record BuildSignal(String signal, Family family, Pattern pattern) {}

  /** What a piece of evidence says the repository is. */
  enum Family { HTTP, VIEWS, CLI, MESSAGING, SCHEDULER }

  static final Map<AreaKind, FileSignal> AREAS = areas();
  static final Map<BoundaryKind, FileSignal> BOUNDARIES = boundaries();

  static final List<BuildSignal> BUILD = List.of(
      build("Spring Boot web starter", Family.HTTP, "spring-boot-starter-web"),
      build("Servlet API", Family.HTTP, "(javax|jakarta)\\.servlet|<packaging>\\s*war"),
      build("JAX-RS", Family.HTTP, "jersey|resteasy|jakarta\\.ws\\.rs|javax\\.ws\\.rs|quarkus-rest"),
      build("Javalin", Family.HTTP, "io\\.javalin"),
      build("Spark Java", Family.HTTP, "com\\.sparkjava"),
      build("Micronaut HTTP server", Family.HTTP, "micronaut-http-server"),
      build("server-side views", Family.VIEWS,
          "thymeleaf|freemarker|starter-mustache|jstl|jsp-api|velocity|gg\\.jte"),
      build("picocli", Family.CLI, "picocli"),
      build("Kafka client", Family.MESSAGING, "spring-kafka|kafka-clients|micronaut-kafka"),
      build("JMS", Family.MESSAGING, "spring-jms|jakarta\\.jms|javax\\.jms|activemq|artemis"),
      build("RabbitMQ", Family.MESSAGING, "starter-amqp|spring-rabbit|amqp-client"),
      build("Quartz scheduler", Family.SCHEDULER, "quartz"));

  /** Files whose presence says the service renders pages or keeps sessions. */
  static final Pattern VIEW_FILES = Pattern.compile(
      "(^|/)(src/main/webapp/.*\\.(jsp|jspx|html)|src/main/resources/templates/.+|WEB-INF/web\\.xml)$");
  /** Code that says the service renders pages or keeps sessions. */
  static final Pattern VIEW_CODE = Pattern.compile(
      "\\bHttpSession\\b|\\bModelAndView\\b|@SessionAttributes|\\bRequestDispatcher\\b|\\.forward\\("
          + "|org\\.springframework\\.ui\\.Model\\b|\\bctx\\.render\\(|\\bTemplateEngine\\b");

  /** Build files, read for framework evidence and the dependency-boundaries area. */
  static final Pattern BUILD_FILES = Pattern.compile(
      "(^|/)(pom\\.xml|build\\.gradle(\\.kts)?|settings\\.gradle(\\.kts)?|libs\\.versions\\.toml"
          + "|gradle\\.lockfile|package\\.json|package-lock\\.json)$");
  /** CI definitions, read for the CI -> production boundary. */
  static final Pattern CI_FILES = Pattern.compile(
      "(^|/)(\\.github/workflows/[^/]+\\.ya?ml|\\.gitlab-ci\\.yml|Jenkinsfile)$");
  /** What in a CI definition says it reaches production. */
  static final Pattern DEPLOYS = Pattern.compile(
      "(?i)deploy|publish|release|environment:|kubectl|helm\\s|docker\\s+push|aws\\s|gcloud|terraform|"
          + "secrets\\.");
  /** Test code: not deployed, so not an entry point, a boundary or an area. */
  static final Pattern TEST_CODE = Pattern.compile(
      "(^|/)(src/test|src/it|src/testFixtures|test|tests)/|(Test|Tests|IT)\\.java$");

  private Signals() {}

  private static BuildSignal build(String signal, Family family, String regex) {
    return new BuildSignal(signal, family, Pattern.compile(regex));
  }

  private static FileSignal signal(String name, String code) {
    return new FileSignal(name == null ? null : Pattern.compile(name), Pattern.compile(code));
  }

  private static Map<AreaKind, FileSignal> areas() {
    Map<AreaKind, FileSignal> areas = new EnumMap<>(AreaKind.class);
    areas.put(AreaKind.AUTHENTICATION, signal(
        "(?i)(auth(?!or)|login|logon|sign-?in|jwt|session|password|credential|oauth|saml|sso|mfa)",
        "AuthenticationManager|UserDetailsService|SecurityFilterChain|\\.authenticate\\(|"
            + "getUserPrincipal|\\.login\\(|BCrypt|PasswordEncoder|io\\.jsonwebtoken|com\\.auth0\\.jwt"));
    areas.put(AreaKind.AUTHORISATION, signal(
        "(?i)(permission|acl|access|policy|authori[sz])",
        "@PreAuthorize|@PostAuthorize|@Secured|@RolesAllowed|hasRole\\(|hasAuthority|hasAnyRole|"
            + "isUserInRole|authorizeHttpRequests|authorizeRequests|<security-constraint>|"
            + "checkPermission"));
    areas.put(AreaKind.INPUT_PARSING, signal(
        "(?i)(parser|decoder|deserializer|converter|validator)",
        "readValue\\(|readTree\\(|DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|XMLReader|"
            + "TransformerFactory|new Gson|fromJson\\(|CSVParser|CSVFormat|Unmarshaller|JAXBContext"));
    areas.put(AreaKind.FILE_HANDLING, signal(
        "(?i)(upload|download|storage|file|attachment|archive|zip)",
        "MultipartFile|\\bPart\\b|getPart\\(|new File\\(|Files\\.|Paths\\.get\\(|Path\\.of\\(|"
            + "FileInputStream|FileOutputStream|ZipInputStream|ZipFile|transferTo\\(|FileUtils\\."));
    areas.put(AreaKind.DESERIALIZATION, signal(
        "(?i)deserial",
        "ObjectInputStream|readObject\\(|readUnshared\\(|XMLDecoder|XStream|"
            + "SerializationUtils\\.deserialize|enableDefaultTyping|activateDefaultTyping|"
            + "@JsonTypeInfo|new Yaml\\(|Kryo|Hessian"));
    areas.put(AreaKind.PRIVILEGE_CHANGES, signal(
        "(?i)(admin|privilege|impersonat|sudo)",
        "\\b(set|add|grant|assign|remove|revoke|change|update)(User)?(Role|Roles|Authority|"
            + "Authorities|Permission|Permissions|Privilege|Privileges|Admin)\\b|[Ii]mpersonat|"
            + "runAs|PosixFilePermission"));
    areas.put(AreaKind.DEPENDENCY_BOUNDARIES, signal(
        null, "ServiceLoader|URLClassLoader|Class\\.forName\\(|defineClass|ScriptEngineManager|"
            + "loadClass\\("));
    return Collections.unmodifiableMap(areas);
  }

  private static Map<BoundaryKind, FileSignal> boundaries() {
    Map<BoundaryKind, FileSignal> boundaries = new EnumMap<>(BoundaryKind.class);
    boundaries.put(BoundaryKind.SERVICE_TO_DATABASE, signal(null,
        "java\\.sql\\.|javax\\.sql|jakarta\\.persistence|javax\\.persistence|org\\.springframework\\.data|"
            + "org\\.springframework\\.jdbc|JdbcTemplate|EntityManager|org\\.hibernate|org\\.jooq|"
            + "org\\.jdbi|com\\.mongodb|redis\\.clients|io\\.lettuce|@Repository\\b|\\.executeQuery\\(|"
            + "prepareStatement\\("));
    boundaries.put(BoundaryKind.SERVICE_TO_OUTBOUND_HTTP, signal(null,
        "java\\.net\\.http|HttpURLConnection|openConnection\\(|new URL\\(|RestTemplate|WebClient|"
            + "okhttp3|org\\.apache\\.http|org\\.apache\\.hc|feign\\.|retrofit2|RestClient\\b"));
    boundaries.put(BoundaryKind.SERVICE_TO_FILE_SYSTEM, signal(null,
        "java\\.nio\\.file|new File\\(|FileInputStream|FileOutputStream|FileReader|FileWriter|"
            + "RandomAccessFile|transferTo\\(|ZipFile"));
    boundaries.put(BoundaryKind.PLUGIN_TO_HOST, signal(null,
        "ServiceLoader|URLClassLoader|defineClass\\("));
    return Collections.unmodifiableMap(boundaries);
  }
}
