/**
 * What every use case service shares: the configuration the services work by, the progress
 * listener, and the exceptions by which a service refuses a request. The services themselves live
 * in their feature packages ({@code jobs.report}, {@code jobs.sla}, {@code jobs.medrec}, …); the
 * command line, a web console or a scheduler are thin adapters over them.
 */
package org.baobiao.jobs.service;
