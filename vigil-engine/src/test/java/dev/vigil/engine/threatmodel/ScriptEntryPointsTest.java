package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vigil.engine.analysis.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptEntryPointsTest {
  private static final String FLASK = """
      from flask import Flask, request
      from .db import find_user

      app = Flask(__name__)

      @app.route("/users/<name>", methods=["GET"])
      def show(name):
          return lookup(name)

      def lookup(name):
          return find_user(name)

      @app.post("/hooks/github")
      def github():
          return "ok"

      def unused():
          return 1
      """;
  private static final String DB = """
      import sqlite3

      def find_user(name):
          conn = sqlite3.connect("app.db")
          return conn.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall()
      """;
  private static final String EXPRESS = """
      const express = require('express');
      const repo = require('./repo');
      const app = express();
      app.get('/items/:id', (req, res) => {
        res.send(repo.findItem(req.params.id));
      });
      function helper() { return 2; }
      """;
  private static final String REPO = """
      exports.findItem = function (id) {
        return db.query('SELECT * FROM items WHERE id = ' + id);
      };
      """;

  private static Inference infer() {
    return new ThreatModelInference().infer(Fixtures.tree(
        "svc/app/views.py", FLASK, "svc/app/db.py", DB,
        "web/server.js", EXPRESS, "web/repo.js", REPO,
        "tools/migrate.py", "import sys\n\ndef main():\n    print(sys.argv)\n\nif __name__ == '__main__':\n    main()\n",
        "web/server.test.js", "app.get('/x', (req, res) => res.send('t'));\n"));
  }

  @Test
  void flaskAndExpressRoutesAndMainGuardsAreEntryPoints() {
    Inference inference = infer();

    assertThat(inference.problems()).isEmpty();
    assertThat(inference.model().entryPoints())
        .extracting(EntryPoint::kind, EntryPoint::name, EntryPoint::where, EntryPoint::handler)
        .containsExactly(
            tuple(EntryPointKind.HTTP_ROUTE, "GET /users/<name>", "svc/app/views.py:7", "svc.app.views#show/1"),
            tuple(EntryPointKind.WEBHOOK, "POST /hooks/github", "svc/app/views.py:14", "svc.app.views#github/0"),
            tuple(EntryPointKind.CLI_ARGUMENTS, "tools/migrate.py", "tools/migrate.py", "tools.migrate#<module>/0"),
            tuple(EntryPointKind.HTTP_ROUTE, "GET /items/:id", "web/server.js:4",
                "web.server#<anonymous@4>/2"));
  }

  @Test
  void handlersReachFunctionsOfImportedFilesAndUnusedOnesAreNotReached() {
    Inference inference = infer();
    Reachability reachability = new Reachability(inference.model(), inference.callGraph());

    Reach sql = reachability.of(new Location("svc/app/db.py", 5, 1, 5, 1));
    assertThat(sql.status()).isEqualTo(Reach.Status.FROM_REMOTE_ENTRY);
    assertThat(sql.chain()).extracting(MethodId::label).containsExactly(
        "svc.app.views#show/1", "svc.app.views#lookup/1", "svc.app.db#find_user/1");
    Reach item = reachability.of(new Location("web/repo.js", 2, 1, 2, 1));
    assertThat(item.entryPoints().get(0).name()).isEqualTo("GET /items/:id");
    assertThat(item.chain()).extracting(MethodId::label).containsExactly(
        "web.server#<anonymous@4>/2", "web.repo#<anonymous@1>/1");
    assertThat(reachability.of(new Location("svc/app/views.py", 18, 1, 18, 1)).status())
        .isEqualTo(Reach.Status.NOT_REACHED);
    assertThat(reachability.of(new Location("web/server.js", 7, 1, 7, 1)).status())
        .isEqualTo(Reach.Status.NOT_REACHED);
  }

  @Test
  void queueConsumersAreMessageListenersAndTheirMessagesReachTheirCallees() {
    String tasks = """
        import os
        import pika
        from celery import Celery, shared_task
        from kafka import KafkaConsumer

        app = Celery("jobs")

        @app.task(bind=True)
        def resize(self, path):
            os.system("convert " + path)

        @shared_task
        def notify(user_id):
            return user_id

        def on_message(ch, method, properties, body):
            os.system(body.decode())

        def consume():
            channel = pika.BlockingConnection(pika.ConnectionParameters("mq")).channel()
            channel.basic_consume(queue="orders", on_message_callback=on_message)

        def follow():
            for message in KafkaConsumer("events"):
                os.system(message.value.decode())
        """;
    String workers = """
        const amqp = require('amqplib');
        const { Kafka } = require('kafkajs');
        const { Worker } = require('bullmq');
        const { exec } = require('child_process');

        async function start() {
          const connection = await amqp.connect('amqp://mq');
          const ch = await connection.createChannel();
          ch.consume('invoices', (msg) => exec('print ' + msg.content.toString()));
          const consumer = new Kafka({ brokers: ['k:9092'] }).consumer({ groupId: 'g' });
          await consumer.run({ eachMessage: async ({ message }) => exec(message.value.toString()) });
        }

        new Worker('emails', async (job) => exec('mail ' + job.data.to));
        """;
    Inference inference = new ThreatModelInference().infer(Fixtures.tree(
        "jobs/tasks.py", tasks, "workers/index.js", workers));

    assertThat(inference.problems()).isEmpty();
    assertThat(inference.model().entryPoints())
        .extracting(EntryPoint::kind, EntryPoint::name, EntryPoint::handler)
        .containsExactlyInAnyOrder(
            tuple(EntryPointKind.MESSAGE_LISTENER, "celery.Celery.task consumer resize", "jobs.tasks#resize/2"),
            tuple(EntryPointKind.MESSAGE_LISTENER, "celery.shared_task consumer notify", "jobs.tasks#notify/1"),
            tuple(EntryPointKind.MESSAGE_LISTENER, "pika.Channel.basic_consume consumer on_message",
                "jobs.tasks#on_message/4"),
            tuple(EntryPointKind.MESSAGE_LISTENER, "kafka.KafkaConsumer consumer follow", "jobs.tasks#follow/0"),
            tuple(EntryPointKind.MESSAGE_LISTENER, "queue invoices amqplib.Channel.consume consumer <anonymous@9>",
                "workers.index#<anonymous@9>/1"),
            tuple(EntryPointKind.MESSAGE_LISTENER, "kafkajs.Consumer.run consumer <anonymous@11>",
                "workers.index#<anonymous@11>/1"),
            tuple(EntryPointKind.MESSAGE_LISTENER, "queue emails bullmq.Worker consumer <anonymous@14>",
                "workers.index#<anonymous@14>/1"));
    assertThat(inference.model().entryPoints()).allMatch(e -> e.kind().remote());
  }
}
