/**
 * Scheduling: one Quartz job per enabled source, re-armed after every refresh at the
 * next fetch time the refresh stored, so restarts resume where they left off. Jobs live in
 * memory on one node, or in Quartz's clustered JDBC store on PostgreSQL, where each fires
 * on exactly one node of the cluster.
 */
package org.rawafid.schedule;
