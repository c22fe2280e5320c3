package samples;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.net.URL;
import java.util.Set;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.UrlResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

@Controller
public class FrameworkSinkSamples {
  private static final Set<String> HOSTS = Set.of("build1", "build2");
  private ResourceLoader resourceLoader;
  private Session session;
  private CloseableHttpClient client;

  @GetMapping("/ssh")
  @ResponseBody
  public String ssh(@RequestParam String dir, @RequestParam String host) throws Exception {
    ChannelExec channel = (ChannelExec) session.openChannel("exec");
    // ruleid: java.command-injection
    channel.setCommand("ls -l " + dir);
    // ok: java.command-injection
    channel.setCommand("uptime");
    Session other = new JSch().getSession("deploy", host, 22);
    ChannelExec second = (ChannelExec) other.openChannel("exec");
    // ruleid: java.command-injection
    second.setCommand(dir.getBytes());
    if (HOSTS.contains(dir)) {
      // ok: java.command-injection
      second.setCommand("ping -c 1 " + dir);
    }
    return "done";
  }

  @GetMapping("/resource")
  @ResponseBody
  public String resource(@RequestParam String name) throws IOException {
    // ruleid: java.path-injection
    Resource found = resourceLoader.getResource("file:/srv/config/" + name);
    // ok: java.path-injection
    Resource fixed = resourceLoader.getResource("classpath:static/app.js");
    // ruleid: java.path-injection
    Resource relative = fixed.createRelative(name);
    // ok: java.path-injection
    Resource index = fixed.createRelative("index.html");
    // ruleid: java.path-injection
    Resource onDisk = new FileSystemResource("/srv/files/" + name);
    // ruleid: java.path-injection
    Resource inJar = new ClassPathResource("templates/" + name);
    // ok: java.path-injection
    Resource template = new ClassPathResource("templates/home.html");
    // ruleid: java.path-injection
    URL local = getClass().getClassLoader().getResource("public/" + name);
    // ok: java.path-injection
    URL logo = getClass().getClassLoader().getResource("public/logo.png");
    use(found, relative, index, onDisk, inJar, template, local, logo);
    return "ok";
  }

  @GetMapping("/url")
  @ResponseBody
  public String url(@RequestParam String location) throws IOException {
    // ruleid: java.path-injection
    Resource r = new UrlResource(location);
    use(r);
    return "ok";
  }

  private static void use(Object... values) {
  }

  @GetMapping("/echo")
  public ResponseEntity<String> echo(@RequestParam String name) {
    // ruleid: java.xss
    return ResponseEntity.ok("<p>Hello " + name + "</p>");
  }

  @GetMapping("/echo-html")
  public ResponseEntity<String> echoHtml(@RequestParam String name) {
    // ruleid: java.xss
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(name);
  }

  @GetMapping("/echo-json")
  public ResponseEntity<String> echoJson(@RequestParam String name) {
    // ok: java.xss
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"name\":\"" + name.length() + "\"}");
  }

  @GetMapping(value = "/echo-plain", produces = "application/json")
  public ResponseEntity<String> echoPlain(@RequestParam String name) {
    // ok: java.xss
    return ResponseEntity.ok(name);
  }

  @GetMapping("/count")
  public ResponseEntity<Integer> count(@RequestParam String name) {
    // ok: java.xss
    return ResponseEntity.ok(name.length());
  }

  @GetMapping("/go")
  public ModelAndView go(@RequestParam String next) {
    // ruleid: java.open-redirect
    return new ModelAndView("redirect:" + next);
  }

  @GetMapping("/home")
  public ModelAndView home(@RequestParam String next) {
    // ok: java.open-redirect
    return new ModelAndView("redirect:/home?from=" + next);
  }

  @GetMapping("/view")
  public String view(@RequestParam String next) {
    String target = "redirect:" + next;
    // ruleid: java.open-redirect
    return target;
  }

  @GetMapping("/view-local")
  public String viewLocal(@RequestParam String next) {
    String target = "redirect:/items/" + next;
    // ok: java.open-redirect
    return target;
  }

  @GetMapping("/set-view")
  public ModelAndView setView(@RequestParam String next) {
    ModelAndView mav = new ModelAndView();
    // ruleid: java.open-redirect
    mav.setViewName("redirect:" + next);
    return mav;
  }

  @GetMapping("/fetch")
  @ResponseBody
  public String fetch(@RequestParam String url, @RequestParam String q) throws IOException {
    // ruleid: java.ssrf
    HttpUriRequest get = RequestBuilder.get(url).build();
    // ruleid: java.ssrf
    HttpUriRequest post = RequestBuilder.post().setUri(url).build();
    // ok: java.ssrf
    HttpUriRequest fixed = RequestBuilder.get("https://api.example.com/search?q=" + q).build();
    client.execute(get);
    client.execute(post);
    client.execute(fixed);
    return "ok";
  }
}
