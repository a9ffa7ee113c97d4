/**
 * The job repository and runtime behind {@code vscreen screen} and {@code vscreen jobs}: where
 * job executions are recorded (JDBC, embedded H2 under {@code ~/.vscreen} by default), the
 * JBeret SE batch environment bound to it, and the listing, stopping and restarting of
 * executions that outlive the process that started them.
 */
package io.vscreen.screening.jobs;
