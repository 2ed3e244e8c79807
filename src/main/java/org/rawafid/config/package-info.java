/**
 * feeds.yml (SPEC §2): loading it into immutable, validated records ({@link org.rawafid.config.ConfigLoader}),
 * reporting every problem as {@code file:line:col: path: message}, reloading it when it changes on disk
 * ({@link org.rawafid.config.ConfigWatcher}) and turning OPML subscriptions into sources
 * ({@link org.rawafid.config.OpmlImporter}). Nothing outside this package parses YAML; feeds.schema.json at
 * the project root describes the same keys for editors.
 */
package org.rawafid.config;
