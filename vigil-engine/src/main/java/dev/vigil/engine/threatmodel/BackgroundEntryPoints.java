package dev.vigil.engine.threatmodel;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds message listeners ({@code @KafkaListener}, {@code @JmsListener}, {@code @RabbitListener},
 * {@code @SqsListener}, JMS {@code MessageListener}) and scheduled jobs ({@code @Scheduled},
 * Quartz {@code Job} and {@code QuartzJobBean}).
 */
final class BackgroundEntryPoints {
  private final JavaCode code;

  BackgroundEntryPoints(JavaCode code) {
    this.code = code;
  }

  List<EntryPoint> find() {
    List<EntryPoint> found = new ArrayList<>();
    for (JavaCode.TypeInfo type : code.types().values()) {
      Optional<AnnotationExpr> classListener = Annotations.find(type.declaration(), "KafkaListener",
          "RabbitListener");
      for (MethodDeclaration method : type.declaration().getMethods()) {
        listener(method, classListener).ifPresent(name -> found.add(entry(type, method,
            EntryPointKind.MESSAGE_LISTENER, name)));
        Annotations.find(method, "Scheduled", "Schedules").ifPresent(a -> found.add(entry(type,
            method, EntryPointKind.SCHEDULED_JOB, schedule(type, method, a))));
      }
      quartz(type).ifPresent(method -> found.add(entry(type, method, EntryPointKind.SCHEDULED_JOB,
          "quartz " + simpleName(type) + "#" + method.getNameAsString())));
      if (implementsType(type, "MessageListener") && type.file().imports("javax.jms", "jakarta.jms")) {
        type.declaration().getMethodsByName("onMessage").stream().findFirst().ifPresent(method ->
            found.add(entry(type, method, EntryPointKind.MESSAGE_LISTENER,
                "jms " + simpleName(type))));
      }
    }
    return found;
  }

  private Optional<String> listener(MethodDeclaration method,
      Optional<AnnotationExpr> classListener) {
    Optional<AnnotationExpr> kafka = Annotations.find(method, "KafkaListener");
    if (kafka.isPresent()) {
      return Optional.of("kafka " + String.join(", ",
          or(Annotations.values(code, kafka.get(), "topics", "value", "topicPattern"), method)));
    }
    Optional<AnnotationExpr> jms = Annotations.find(method, "JmsListener");
    if (jms.isPresent()) {
      return Optional.of("jms " + String.join(", ",
          or(Annotations.values(code, jms.get(), "destination"), method)));
    }
    Optional<AnnotationExpr> rabbit = Annotations.find(method, "RabbitListener");
    if (rabbit.isPresent()) {
      return Optional.of("rabbitmq " + String.join(", ",
          or(Annotations.values(code, rabbit.get(), "queues", "value"), method)));
    }
    Optional<AnnotationExpr> sqs = Annotations.find(method, "SqsListener");
    if (sqs.isPresent()) {
      return Optional.of("sqs " + String.join(", ",
          or(Annotations.values(code, sqs.get(), "value", "queueNames"), method)));
    }
    Optional<AnnotationExpr> topic = Annotations.find(method, "Topic", "Queue");
    if (topic.isPresent() && classListener.isPresent()) {
      String broker = classListener.get().getName().getIdentifier().startsWith("Kafka")
          ? "kafka " : "rabbitmq ";
      return Optional.of(broker + String.join(", ", or(Annotations.values(code, topic.get(), "value"), method)));
    }
    if (classListener.isPresent() && Annotations.has(method, "RabbitHandler")) {
      return Optional.of("rabbitmq " + String.join(", ",
          or(Annotations.values(code, classListener.get(), "queues", "value"), method)));
    }
    return Optional.empty();
  }

  private static List<String> or(List<String> values, MethodDeclaration method) {
    return values.isEmpty() ? List.of(method.getNameAsString()) : values;
  }

  private static String schedule(JavaCode.TypeInfo type, MethodDeclaration method,
      AnnotationExpr scheduled) {
    for (String attribute : List.of("cron", "fixedRate", "fixedDelay", "fixedRateString",
        "fixedDelayString", "every")) {
      List<String> values = Annotations.values(scheduled, attribute);
      if (!values.isEmpty()) {
        return simpleName(type) + "#" + method.getNameAsString() + " (" + attribute + " "
            + values.get(0) + ")";
      }
    }
    return simpleName(type) + "#" + method.getNameAsString();
  }

  private Optional<MethodDeclaration> quartz(JavaCode.TypeInfo type) {
    if (!type.file().imports("org.quartz", "org.springframework.scheduling.quartz")) {
      return Optional.empty();
    }
    if (implementsType(type, "Job")) {
      return type.declaration().getMethodsByName("execute").stream().findFirst();
    }
    if (implementsType(type, "QuartzJobBean")) {
      return type.declaration().getMethodsByName("executeInternal").stream().findFirst();
    }
    return Optional.empty();
  }

  private static boolean implementsType(JavaCode.TypeInfo type, String simpleName) {
    return type.declaration() instanceof ClassOrInterfaceDeclaration c
        && (c.getImplementedTypes().stream().anyMatch(t -> t.getNameAsString().equals(simpleName))
            || c.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().equals(simpleName)));
  }

  private static String simpleName(JavaCode.TypeInfo type) {
    return type.declaration().getNameAsString();
  }

  private static EntryPoint entry(JavaCode.TypeInfo type, MethodDeclaration method,
      EntryPointKind kind, String name) {
    return new EntryPoint(kind, name, type.file().path(), JavaFile.line(method),
        CallGraphBuilder.idOf(type.qualifiedName(), method).label());
  }
}
