/**
 * Logging: Logback converters, named in logback.xml, that keep every log line one line whatever
 * a source put into a message (control characters become visible escapes).
 */
package org.rawafid.logging;
