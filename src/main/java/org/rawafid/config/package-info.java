/**
 * feeds.yml: loading it into immutable records, validating every key, and reporting
 * errors as {@code file:line:col: path: message}. Nothing outside this package parses YAML.
 */
package org.rawafid.config;
