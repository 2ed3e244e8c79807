/**
 * Publishing: turns merged feeds into RSS 2.0, Atom 1.0 (both through Rome), JSON Feed 1.1
 * (through Jackson), right-to-left HTML pages and OPML, and pings a WebSub hub on change.
 *
 * <p>Input is plain records ({@link org.rawafid.publish.FeedView}, {@link org.rawafid.publish.IndexView},
 * {@link org.rawafid.publish.OpmlSource}) that the caller maps from storage; output is bytes ready to
 * serve. Rome, JDOM and Jackson types never leave this package. Writers are stateless and thread-safe.
 */
package org.rawafid.publish;
