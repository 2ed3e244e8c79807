/**
 * The orchestrator: one refresh of one source, read as the list of pipeline stages
 * it calls — fetch → parse → clean → dedupe → store — and the state it leaves behind
 * for the scheduler and the health page.
 */
package org.rawafid.refresh;
