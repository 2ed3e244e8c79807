/**
 * Plain records passed between pipeline stages. They carry no library types (no Rome, jsoup
 * or JDBC classes), so each stage can be read and tested on its own.
 */
package org.rawafid.model;
