/**
 * HTTP (SPEC §4) with Javalin: routes, conditional GET, HEAD and pre-compressed gzip
 * over representations rendered once per change by the {@link org.rawafid.web.Catalog}.
 */
package org.rawafid.web;
