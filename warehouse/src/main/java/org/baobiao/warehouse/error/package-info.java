/**
 * The warehouse's one failure type, at the bottom of the module so that the seam ({@code
 * org.baobiao.warehouse}) and its parts (load, query, schema, sql) can all throw it without a
 * package cycle.
 */
package org.baobiao.warehouse.error;
