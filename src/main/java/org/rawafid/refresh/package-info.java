/**
 * The orchestrator: one refresh of one source, read as the list of pipeline stages
 * it calls — fetch → parse → clean → dedupe → store — and the state it leaves behind
 * for the scheduler and the health page. Many refreshes run at once so that slow servers
 * overlap; only as many as there are cores parse and clean at a time ({@code CpuSlots}).
 */
package org.rawafid.refresh;
