/**
 * The JavaScript and TypeScript front end of the shared taint core ({@code analysis.taint}):
 * lowering of tree-sitter-javascript, -typescript and -tsx trees
 * ({@link dev.vigil.engine.analysis.javascript.JavaScriptFrontEnd}) and the
 * {@code javascript-taint} analyzer over the models of {@code models/javascript/} (Express,
 * Koa, Fastify, Node's http, Next.js route handlers, child_process, mysql/pg/sequelize/knex/sqlite,
 * fs and path, axios/fetch/got/http clients, eval/Function/vm, node-serialize and other
 * deserializers, prototype pollution, amqplib/kafkajs/BullMQ consumers, crypto, cookie and CORS
 * misuses). TypeScript types are dropped except parameter annotations; decorators (NestJS),
 * constructor parameter properties, class field initialisers, namespaces and enums are not
 * followed; JSX elements are evaluated for their embedded expressions only (no DOM sinks such as
 * {@code dangerouslySetInnerHTML} yet). Not modelled yet: template engines' unescaped output,
 * Next.js request objects beyond the exported route handlers' first parameter.
 */
package dev.vigil.engine.analysis.javascript;
