package dev.vigil.server.web;

/** The JSON body of every API error. */
public record ErrorBody(String error, String field, String message) {}
