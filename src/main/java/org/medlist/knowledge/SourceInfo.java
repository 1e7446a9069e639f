package org.medlist.knowledge;

/** One bundled data source, as About and every printout list it. */
public record SourceInfo(String id, String name, String version, String licence, String attribution, String url) {}
