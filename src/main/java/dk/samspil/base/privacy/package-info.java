/**
 * Personal data the application must never store, log or show: the search for CPR-like numbers
 * over normalised text, shared by every place that accepts text (import files, file names, forms).
 */
package dk.samspil.base.privacy;
