/**
 * Scheduling: one Quartz job per enabled source, re-armed after every refresh at the
 * next fetch time the refresh stored, so restarts resume where they left off.
 */
package org.rawafid.schedule;
